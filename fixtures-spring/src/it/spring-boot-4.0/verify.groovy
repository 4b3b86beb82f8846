// On Spring Boot 4.0 (Spring Framework 7, JUnit Jupiter 6): the two @SpringBootTest classes of one shared fixture ran
// and passed in one application context, against one redis-server whose URL the fixture gave; the class with a
// fixture of its own, which Surefire runs between them, got a context and a server of its own, and its context was
// closed after it; no server outlived the run, and the tests printed nothing of ours.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0') : 'not all three tests passed'
assert log.contains('BUILD SUCCESS')
def order = ['FirstVisitsTest', 'OwnRedisTest', 'SecondVisitsTest'].collect { log.indexOf("Running it.$it") }
assert order == order.sort(false) && order[0] >= 0 : "the classes did not run in the order First, Own, Second: $order"
for (name in ['FirstVisitsTest', 'OwnRedisTest', 'SecondVisitsTest']) {
    def xml = new File(basedir, "target/surefire-reports/TEST-it.${name}.xml").text
    assert xml.contains('tests="1"') && xml.contains('failures="0"') && xml.contains('errors="0"') && xml.contains('skipped="0"') :
            "$name did not run and pass once"
}
def seen = { name ->
    def props = new Properties()
    new File(basedir, "target/seen/${name}.properties").withReader { props.load(it) }
    props
}
def first = seen('FirstVisitsTest'), second = seen('SecondVisitsTest'), own = seen('OwnRedisTest')
def closed = seen('OwnRedisTest-closed')
for (run in [first, second, own]) {
    assert run.spring.startsWith('7.0.') : "Spring Framework ${run.spring}, not 7.0"
    assert run.boot.startsWith('4.0.') : "Spring Boot ${run.boot}, not 4.0"
    assert run.jupiter.startsWith('6.') : "JUnit Jupiter ${run.jupiter}, not 6"
    assert run.url ==~ /redis:\/\/127\.0\.0\.1:\d+/
    assert !new File("/proc/${run.pid}").exists() : "the redis-server (pid ${run.pid}) outlived the run"
}
assert first.context == second.context : "two contexts: ${first.context} and ${second.context}"
assert first.pid == second.pid : "two redis-servers: pids ${first.pid} and ${second.pid}"
assert first.url == second.url
assert [first.visits, second.visits].sort() == ['1', '2'] : "visits ${first.visits} and ${second.visits}, not 1 and 2"
assert own.context != first.context && own.pid != first.pid && own.url != first.url && own.visits == '1'
assert closed.context == own.context : "the closed context ${closed.context} is not OwnRedisTest's ${own.context}"
// quiet when green: between Surefire's header and its results, only its own lines, and those of Mockito (which Boot's
// test starter brings) attaching itself as an agent: its own note and the JVM's (on class data sharing; on JDK 21
// and later on a dynamically loaded agent)
def notOurs = ['VM warning: Sharing is only supported', 'Mockito is currently self-attaching', 'WARNING: A Java agent has been loaded dynamically',
               'WARNING: If a serviceability tool is', 'WARNING: Dynamic loading of agents will be disallowed']
def tests = log.substring(log.indexOf(' T E S T S'), log.indexOf('[INFO] Results:')).readLines().drop(2)
def printed = tests.findAll { line -> !line.startsWith('[INFO] ') && line.trim() && !notOurs.any { line.contains(it) } }
assert printed.isEmpty() : 'the tests printed:\n' + printed.join('\n')
return true
