package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fixtures.EnvironmentVariable;
import io.fixtures.TempDir;
import io.fixtures.UseFixture;
import io.fixtures.junit5.WithFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The test of a project made only from the README's Installation section. */
@WithFixtures
class GreetingTest {

    @UseFixture TempDir dir = new TempDir();
    @UseFixture EnvironmentVariable greeting = new EnvironmentVariable("GREETING", "hello");

    @Test
    void writesTheGreetingFromTheEnvironment() throws IOException {
        Path file = Files.writeString(dir.path().resolve("greeting.txt"), System.getenv("GREETING"));

        assertEquals("hello", Files.readString(file));
    }

    @Test
    void aFailingTestFailsTheBuild() {
        // the second build of this project sets -Dreadme.fail=true and expects the build to fail
        assertEquals("pass", System.getProperty("readme.fail", "false").equals("true") ? "fail" : "pass");
    }
}
