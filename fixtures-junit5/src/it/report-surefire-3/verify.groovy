// With Surefire 3's defaults and with trimStackTrace=true: the details reach the console and the XML
// report; a failed set-up shows its message once.
reportDirs = ['surefire-reports', 'surefire-reports-trimmed']
return evaluate(new File(projectRoot, 'build-tools/it/verify-report.groovy'))
