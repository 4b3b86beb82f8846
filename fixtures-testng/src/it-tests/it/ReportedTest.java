package it;

import io.fixtures.AbstractFixture;
import io.fixtures.Content;
import io.fixtures.StringStream;
import io.fixtures.SystemOutput;
import io.fixtures.UseFixture;
import io.fixtures.testng.TestWithFixtures;
import java.io.IOException;
import org.testng.annotations.Test;

/** Failing tests whose reports the integration builds check: each detail once on the console and in the XML. */
public class ReportedTest extends TestWithFixtures {

    @UseFixture
    SystemOutput console = new SystemOutput();
    @UseFixture
    Logged server = new Logged("server log line: listening on 8080\n", 1);
    @UseFixture
    StringStream notes = new StringStream("notes");

    @Test
    public void fails() throws IOException {
        System.out.println("printed by the test");
        notes.writer().write("written to the notes stream");
        throw new AssertionError("the assertion failed");
    }

    @Test
    public void failsWithALongLog() {
        useFixture(new Logged("chatty line\n", 200));
        throw new AssertionError("the long log test failed");
    }

    @Test
    public void setUpFails() {
        useFixture(new Broken());
    }

    @Test
    public void passes() {
        System.out.println("printed by a passing test");
    }

    /** A fixture with one detail, "log": {@code line} numbered {@code times} times. */
    static final class Logged extends AbstractFixture {
        private final String line;
        private final int times;

        Logged(String line, int times) {
            this.line = line;
            this.times = times;
        }

        @Override
        protected void doSetUp() {
            StringBuilder log = new StringBuilder();
            for (int i = 1; i <= times; i++) {
                log.append(times > 1 ? i + " " : "").append(line);
            }
            addDetail("log", Content.text(log.toString()));
        }
    }

    static final class Broken extends AbstractFixture {
        @Override
        protected void doSetUp() {
            throw new IllegalStateException("cannot start: port 8080 in use");
        }
    }
}
