// With Surefire 3's defaults and with trimStackTrace=true: each detail once on the console per run and once in
// each XML report, a long one cut with its whole text published; a failed set-up shows its message once.
reportDirs = ['surefire-reports', 'surefire-reports-trimmed']
return evaluate(new File(projectRoot, 'build-tools/it/verify-report.groovy'))
