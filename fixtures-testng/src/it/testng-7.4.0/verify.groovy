// TestNG 7.4: the tests of the class that uses the listener fail with the version message; the other class passes.
def log = new File(basedir, 'build.log').text
def message = 'fixtures-testng needs TestNG 7.5 or later, and this test run has TestNG 7.4.0; use testng 7.5 or later'
assert log.contains(message) : 'no version message on the console'
def xml = new File(basedir, 'target/surefire-reports/TEST-TestSuite.xml').text
assert xml.count('<failure message="' + message + '"') == 4 : xml
assert xml =~ /<testcase name="runs" classname="it.PlainTest" time="[0-9.]+"\/>/ : 'PlainTest did not pass:\n' + xml
return true
