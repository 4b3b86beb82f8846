// JUnit 5.11: the class that uses the glue fails with the version message, once; the other class passes.
def log = new File(basedir, 'build.log').text
def message = 'fixtures-junit5 needs JUnit Jupiter 5.12 or later, and this test run has JUnit Jupiter 5.11.4'
assert log.contains(message) : 'no version message on the console'
assert !log.contains("TestEngine with ID 'junit-jupiter' failed") : 'the engine crashed'
def plain = new File(basedir, 'target/surefire-reports/TEST-it.PlainTest.xml').text
assert plain.contains('tests="1"') && plain.contains('errors="0"') && plain.contains('failures="0"') : plain
def reported = new File(basedir, 'target/surefire-reports/TEST-it.ReportedTest.xml').text
assert reported.contains(message) : reported
return true
