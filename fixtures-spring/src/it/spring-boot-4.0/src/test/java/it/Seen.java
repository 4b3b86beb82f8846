package it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.context.ApplicationContext;
import org.springframework.core.SpringVersion;

/** What a test saw, written to {@code target/seen/<name>.properties} for verify.groovy to compare. */
final class Seen {

    private Seen() {
    }

    /** The context's identity, the same for one context only. */
    static String identity(ApplicationContext context) {
        return context.getClass().getName() + "@" + Integer.toHexString(System.identityHashCode(context))
                + " started " + context.getStartupDate();
    }

    /** Writes {@code context}, the versions this run has, and {@code more} ("key=value" lines). */
    static void write(String name, ApplicationContext context, String... more) {
        List<String> lines = new ArrayList<>(List.of(
                "context=" + identity(context),
                "spring=" + SpringVersion.getVersion(),
                "boot=" + SpringBootVersion.getVersion(),
                "jupiter=" + Test.class.getPackage().getImplementationVersion(),
                "jvm=" + Runtime.version().feature()));
        lines.addAll(List.of(more));
        Path seen = Path.of("target", "seen", name + ".properties");
        try {
            Files.createDirectories(seen.getParent());
            Files.write(seen, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + seen.toAbsolutePath(), e);
        }
    }
}
