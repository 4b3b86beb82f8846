package example;

import static org.assertj.core.api.Assertions.assertThat;

import io.fixtures.AbstractFixture;
import io.fixtures.Content;
import io.fixtures.junit5.FixtureScope;
import io.fixtures.junit5.FixturesExtension;
import io.fixtures.junit5.UseFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FixturesExtension.class)
class ReportTest {

    /** A fresh directory, deleted with everything in it afterwards; lists its files when a test fails. */
    static class ScratchDir extends AbstractFixture {
        private Path path;

        Path path() {
            return path;
        }

        @Override
        protected void doSetUp() throws IOException {
            addCleanup(() -> {
                if (path == null) {
                    return; // createTempDirectory failed: nothing to delete
                }
                try (Stream<Path> files = Files.walk(path)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                        Files.delete(p);
                    }
                }
            });
            path = Files.createTempDirectory("scratch");
            addDetail("files", Content.text(() -> {
                try (Stream<Path> files = Files.walk(path)) {
                    return files.map(Path::toString).collect(Collectors.joining("\n"));
                } catch (IOException e) {
                    return e.toString();
                }
            }));
        }
    }

    @UseFixture static ScratchDir shared;               // created and set up once, before all tests
    @UseFixture ScratchDir output = new ScratchDir();   // set up before each test, cleaned up after it
    Path config;

    @BeforeEach
    void writeConfig(FixtureScope fixtures) throws IOException {
        ScratchDir dir = fixtures.use(new ScratchDir());  // set up now, cleaned up after the test
        config = Files.writeString(dir.path().resolve("app.conf"), "mode=test");
    }

    @Test
    void writesTheReport(ScratchDir input) throws IOException {  // cleaned up right after this method
        Files.writeString(input.path().resolve("data.csv"), "a,b");
        Path report = Files.writeString(output.path().resolve("report.txt"), "2 columns");

        assertThat(report).hasContent("2 columns");
        assertThat(config).hasContent("mode=test");
        assertThat(shared.path()).isDirectory();
    }
}
