// The details reach the console and the XML report; a failed set-up shows its message once.
def xml = new File(basedir, 'target/surefire-reports/TEST-it.ReportedTest.xml').text
def log = new File(basedir, 'build.log').text
assert xml.contains('--- console.stdout ---') : 'no details in the XML report'
assert xml.contains('printed by the test') : 'no captured output in the XML report'
assert log.contains('--- console.stdout ---') : 'no details on the console'
assert log.contains('printed by the test') : 'no captured output on the console'
assert !xml.contains('CIRCULAR REFERENCE')
def setUp = xml.substring(xml.indexOf('name="setUpFails'))
setUp = setUp.substring(0, setUp.indexOf('</testcase>'))
assert setUp.count('cannot start: port 8080 in use') <= 2 : "the set-up failure's message is repeated:\n" + setUp
assert setUp.contains('IllegalStateException')
return true
