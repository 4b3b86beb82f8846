// The check every glue integration project makes after its build, run from its verify.groovy with the binding's
// basedir and reportDirs (the Surefire report folders under target/, one per test run of the build): each fixture
// detail of a failing test is on the console once per run and in each XML report once; a long one is cut, its
// whole text saved to the file the report names; a passing test prints nothing; a failed set-up shows its
// message once.
def log = new File(basedir, 'build.log').text
def runs = reportDirs.size()
def details = ['--- console.stdout ---', 'printed by the test', '--- server.log ---',
               'server log line: listening on 8080', '--- notes.notes ---', 'written to the notes stream']
for (detail in details) {
    assert log.count(detail) == runs : "'$detail' is on the console ${log.count(detail)} times in $runs runs"
}
assert !log.contains('printed by a passing test') : 'a passing test printed something'
assert !log.contains('CIRCULAR REFERENCE')
for (dir in reportDirs) {
    def xml = new File(basedir, 'target/' + dir + '/TEST-it.ReportedTest.xml').text
    for (detail in details) {
        assert xml.count(detail) == 1 : "'$detail' is in the XML report $dir ${xml.count(detail)} times"
    }
    assert !xml.contains('CIRCULAR REFERENCE')
    def cut = (xml =~ /\[160 earlier lines cut; the whole (\S+) is in ([^\]]+)\]/)
    assert cut.find() : 'the long detail is not cut, or its file not named, in ' + dir
    def whole = new File(cut.group(2))
    assert whole.isFile() : 'the whole text is not in ' + whole
    assert whole.text.startsWith('1 chatty line\n2 chatty line\n') && whole.text.contains('200 chatty line')
    assert xml.count('200 chatty line') == 1 && !xml.contains('\n160 chatty line') && xml.contains('\n161 chatty line')
    def setUp = xml.substring(xml.indexOf('name="setUpFails'))
    setUp = setUp.substring(0, setUp.indexOf('</testcase>'))
    assert setUp.count('cannot start: port 8080 in use') <= 2 : "the set-up failure's message is repeated:\n" + setUp
    assert setUp.contains('IllegalStateException')
}
return true
