package it;

import io.fixtures.AbstractFixture;
import io.fixtures.SystemOutput;
import io.fixtures.UseFixture;
import io.fixtures.testng.TestWithFixtures;
import org.testng.annotations.Test;

public class ReportedTest extends TestWithFixtures {

    @UseFixture
    SystemOutput console = new SystemOutput();

    @Test
    public void fails() {
        System.out.println("printed by the test");
        throw new AssertionError("the assertion failed");
    }

    @Test
    public void setUpFails() {
        useFixture(new Broken());
    }

    static final class Broken extends AbstractFixture {
        @Override
        protected void doSetUp() {
            throw new IllegalStateException("cannot start: port 8080 in use");
        }
    }
}
