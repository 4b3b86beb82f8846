package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fixtures.TempDir;
import io.fixtures.UseFixture;
import io.fixtures.junit5.WithFixtures;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** Runs in a project that imported fixtures-bom and declared the modules without versions. */
@WithFixtures
class ConsumerTest {

    @UseFixture
    TempDir dir = new TempDir();

    @Test
    void theModulesResolvedThroughTheBomWork() throws IOException {
        Path file = Files.writeString(dir.path().resolve("hello.txt"), "hello");
        assertEquals("hello", Files.readString(file));
    }

    @Test
    void everyModuleOnTheClassPathHasItsModuleName() throws IOException {
        Map<String, String> names = new TreeMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String jar = Path.of(entry).getFileName().toString();
            if (jar.startsWith("fixtures-") && jar.endsWith(".jar")) {
                try (JarFile file = new JarFile(entry)) {
                    names.put(jar.substring(0, jar.indexOf("-", "fixtures-".length())),
                            file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
                }
            }
        }
        assertEquals(Map.of("fixtures-core", "io.fixtures.core", "fixtures-process", "io.fixtures.process",
                "fixtures-junit5", "io.fixtures.junit5", "fixtures-testng", "io.fixtures.testng",
                "fixtures-couch", "io.fixtures.couch", "fixtures-logging", "io.fixtures.logging",
                "fixtures-spring", "io.fixtures.spring"), names);
        assertTrue(dir.path().toFile().isDirectory());
    }
}
