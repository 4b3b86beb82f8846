// JUnit 5.12 under Surefire 3.0.0 with trimStackTrace=true: the details reach the console and the XML report;
// a failed set-up shows its message once.
reportDirs = ['surefire-reports']
return evaluate(new File(projectRoot, 'build-tools/it/verify-report.groovy'))
