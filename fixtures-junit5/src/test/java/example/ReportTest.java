package example;

import static org.assertj.core.api.Assertions.assertThat;

import io.fixtures.SystemOutput;
import io.fixtures.TempDir;
import io.fixtures.UseFixture;
import io.fixtures.junit5.FixtureScope;
import io.fixtures.junit5.WithFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WithFixtures
class ReportTest {

    @UseFixture static TempDir shared;                      // created and set up once, before all tests
    @UseFixture TempDir output = new TempDir();             // set up before each test, cleaned up after it
    @UseFixture SystemOutput console = new SystemOutput();  // what the test prints shows up if it fails
    Path config;

    @BeforeEach
    void writeConfig(FixtureScope fixtures) throws IOException {
        TempDir dir = fixtures.useFixture(new TempDir());  // set up now, cleaned up after the test
        config = Files.writeString(dir.path().resolve("app.conf"), "mode=test");
    }

    @Test
    void writesTheReport(TempDir input) throws IOException {  // cleaned up right after this method
        Files.writeString(input.path().resolve("data.csv"), "a,b");
        Path report = Files.writeString(output.path().resolve("report.txt"), "2 columns");
        System.out.println("wrote " + report.getFileName());

        assertThat(report).hasContent("2 columns");
        assertThat(config).hasContent("mode=test");
        assertThat(shared.path()).isDirectory();
        assertThat(console.out()).contains("wrote report.txt");
    }
}
