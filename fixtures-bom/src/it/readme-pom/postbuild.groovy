// The second build (a failing test) failed because of that test, after the first had run both tests.
def log = new File(basedir, 'build.log').text
assert log.contains('GreetingTest.aFailingTestFailsTheBuild') : 'the failing test did not fail the build:\n' + log
assert new File(basedir, 'target/surefire-reports/TEST-com.example.GreetingTest.xml').text.contains('tests="2"')
return true
