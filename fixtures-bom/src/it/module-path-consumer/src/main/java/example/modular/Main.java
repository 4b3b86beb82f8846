package example.modular;

import io.fixtures.Fixtures;
import io.fixtures.TempDir;
import io.fixtures.couch.TempCouch;
import io.fixtures.junit5.WithFixtures;
import io.fixtures.process.SimpleExecutor;
import io.fixtures.services.ServiceBundle;
import io.fixtures.testng.FixturesListener;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

/** Uses the fixtures from a named module on the module path; exits with 1 on the first thing that is wrong. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        check(Main.class.getModule().getName(), "example.modular");
        try (TempDir dir = Fixtures.use(new TempDir())) {
            check(Files.isDirectory(dir.path()), true);
        }
        try (SimpleExecutor echo = new SimpleExecutor(List.of("echo", "hi"))) {
            check(echo.start().waitFor(Duration.ofSeconds(60)).output(), "hi");
        }
        for (Class<?> type : List.of(TempDir.class, SimpleExecutor.class, ServiceBundle.class, WithFixtures.class,
                FixturesListener.class, TempCouch.class)) {
            Module module = type.getModule();
            check(module.isNamed(), true);
            check(module.isExported(type.getPackageName(), Main.class.getModule()), true);
            for (String internal : module.getPackages()) {
                if (internal.endsWith(".internal")) {
                    check(internal + " exported to a user: " + module.isExported(internal, Main.class.getModule()),
                            internal + " exported to a user: false");
                }
            }
        }
        System.out.println("module path consumer: ok");
    }

    private static void check(Object actual, Object expected) {
        if (!actual.equals(expected)) {
            System.err.println("expected " + expected + " but was " + actual);
            System.exit(1);
        }
    }
}
