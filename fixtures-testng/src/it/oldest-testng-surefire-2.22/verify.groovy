// TestNG 7.5 under Surefire 2.22 and its defaults (trimStackTrace=true): the details reach the console and the
// XML report; a failed set-up shows its message once.
reportDirs = ['surefire-reports']
return evaluate(new File(projectRoot, 'build-tools/it/verify-report.groovy'))
