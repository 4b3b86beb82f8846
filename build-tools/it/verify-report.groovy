// The check every glue integration project makes after its build, run from its verify.groovy with the binding's
// basedir and reportDirs (the Surefire report folders under target/, one per test run of the build): the report of
// fails(), whose test has three fixtures, is on the console once per run and in each XML report once, each detail
// once; each failing test gets one report; a long detail is cut, its whole text saved to the file the report names;
// a passing test prints nothing; a failed set-up shows its message once.
def log = new File(basedir, 'build.log').text
def runs = reportDirs.size()
def report = "details of the fixtures of test 'fails()' of ReportedTest:\n--- console.stdout ---\nprinted by the test\n" +
        "--- console.stderr ---\n<empty>\n--- server.log ---\nserver log line: listening on 8080\n" +
        "--- notes.notes ---\nwritten to the notes stream\n"
assert log.count(report) == runs : "the report of fails() is on the console ${log.count(report)} times in $runs runs"
for (detail in ['printed by the test', 'written to the notes stream']) {
    assert log.count(detail) == runs : "'$detail' is on the console ${log.count(detail)} times in $runs runs"
}
def reports = log.count('details of the fixtures of test ')
assert reports == 3 * runs : "$reports reports on the console for 3 failing tests in $runs runs"
assert !log.contains('printed by a passing test') : 'a passing test printed something'
assert !log.contains('CIRCULAR REFERENCE')
for (dir in reportDirs) {
    // one file per class (JUnit), or one for the suite (TestNG)
    def perClass = new File(basedir, 'target/' + dir + '/TEST-it.ReportedTest.xml')
    def xml = (perClass.isFile() ? perClass : new File(basedir, 'target/' + dir + '/TEST-TestSuite.xml')).text
    assert xml.count(report) == 1 : "the report of fails() is in the XML report $dir ${xml.count(report)} times"
    for (detail in ['printed by the test', 'written to the notes stream']) {
        assert xml.count(detail) == 1 : "'$detail' is in the XML report $dir ${xml.count(detail)} times"
    }
    assert !xml.contains('CIRCULAR REFERENCE') && !xml.contains('io.fixtures.internal.FixtureDetails')
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
