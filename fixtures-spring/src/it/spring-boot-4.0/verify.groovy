// Both @SpringBootTest classes ran and passed on Spring Boot 4.0 (Spring Framework 7, JUnit Jupiter 6), in one
// application context, against one redis-server whose URL the shared fixture gave; the server is gone after the run.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0') : 'not both tests passed'
assert log.contains('BUILD SUCCESS')
for (name in ['FirstVisitsTest', 'SecondVisitsTest']) {
    def xml = new File(basedir, "target/surefire-reports/TEST-it.${name}.xml").text
    assert xml.contains('tests="1"') && xml.contains('failures="0"') && xml.contains('errors="0"') && xml.contains('skipped="0"') :
            "$name did not run and pass once"
}
def seen = ['FirstVisitsTest', 'SecondVisitsTest'].collect { name ->
    def props = new Properties()
    new File(basedir, "target/seen/${name}.properties").withReader { props.load(it) }
    props
}
def (first, second) = seen
assert first.spring.startsWith('7.0.') : "Spring Framework ${first.spring}, not 7.0"
assert first.boot.startsWith('4.0.') : "Spring Boot ${first.boot}, not 4.0"
assert first.jupiter.startsWith('6.') : "JUnit Jupiter ${first.jupiter}, not 6"
assert first.context == second.context : "two contexts: ${first.context} and ${second.context}"
assert first.pid == second.pid : "two redis-servers: pids ${first.pid} and ${second.pid}"
assert first.url == second.url && first.url ==~ /redis:\/\/127\.0\.0\.1:\d+/
assert [first.visits, second.visits].sort() == ['1', '2'] : "visits ${first.visits} and ${second.visits}, not 1 and 2"
assert !new File("/proc/${first.pid}").exists() : "the redis-server (pid ${first.pid}) outlived the run"
// quiet when green: between Surefire's header and its results, only its own lines (and the JVM's note on class
// data sharing, which an agent on the boot class path causes)
def tests = log.substring(log.indexOf(' T E S T S'), log.indexOf('[INFO] Results:')).readLines().drop(2)
def printed = tests.findAll { !it.startsWith('[INFO] ') && !it.contains('VM warning: Sharing is only supported') && it.trim() }
assert printed.isEmpty() : 'the tests printed:\n' + printed.join('\n')
return true
