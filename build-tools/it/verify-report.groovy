// The check every glue integration project makes after its build, run from its verify.groovy with the binding's
// basedir and reportDirs (the Surefire report folders under target/): the fixture details reach the console and
// each XML report, and a failed set-up shows its message once.
def log = new File(basedir, 'build.log').text
assert log.contains('--- console.stdout ---') : 'no details on the console'
assert log.contains('printed by the test') : 'no captured output on the console'
for (dir in reportDirs) {
    def xml = new File(basedir, 'target/' + dir + '/TEST-it.ReportedTest.xml').text
    assert xml.contains('--- console.stdout ---') : 'no details in the XML report ' + dir
    assert xml.contains('printed by the test') : 'no captured output in the XML report ' + dir
    assert !xml.contains('CIRCULAR REFERENCE')
    def setUp = xml.substring(xml.indexOf('name="setUpFails'))
    setUp = setUp.substring(0, setUp.indexOf('</testcase>'))
    assert setUp.count('cannot start: port 8080 in use') <= 2 : "the set-up failure's message is repeated:\n" + setUp
    assert setUp.contains('IllegalStateException')
}
return true
