// TestNG 7.4: the tests of the class that uses the listener fail with the version message; the other class passes.
def log = new File(basedir, 'build.log').text
def message = 'fixtures-testng needs TestNG 7.5 or later, and this test run has TestNG 7.4.0'
assert log.contains(message) : 'no version message on the console'
def reported = new File(basedir, 'target/surefire-reports/TEST-it.ReportedTest.xml').text
assert reported.contains(message) : reported
def plain = new File(basedir, 'target/surefire-reports/TEST-it.PlainTest.xml').text
assert plain.contains('tests="1"') && plain.contains('errors="0"') && plain.contains('failures="0"') : plain
return true
