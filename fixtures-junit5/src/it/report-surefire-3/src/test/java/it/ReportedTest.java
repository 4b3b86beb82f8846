package it;

import io.fixtures.AbstractFixture;
import io.fixtures.SystemOutput;
import io.fixtures.UseFixture;
import io.fixtures.junit5.FixtureScope;
import io.fixtures.junit5.WithFixtures;
import org.junit.jupiter.api.Test;

@WithFixtures
class ReportedTest {

    @UseFixture SystemOutput console = new SystemOutput();

    @Test
    void fails() {
        System.out.println("printed by the test");
        throw new AssertionError("the assertion failed");
    }

    @Test
    void setUpFails(FixtureScope fixtures) {
        fixtures.useFixture(new Broken());
    }

    static final class Broken extends AbstractFixture {
        @Override
        protected void doSetUp() {
            throw new IllegalStateException("cannot start: port 8080 in use");
        }
    }
}
