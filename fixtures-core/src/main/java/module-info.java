/**
 * The {@code Fixture} contract, its adapters and the stock fixtures that run anywhere Java runs.
 *
 * <p>{@code io.fixtures.internal} is not API: it is exported only to the project's own modules.
 * {@code EnvironmentVariable} needs {@code --add-opens java.base/java.lang=io.fixtures.core} and
 * {@code --add-opens java.base/java.util=io.fixtures.core} on the module path (or {@code =ALL-UNNAMED} on the class
 * path).
 *
 * @since 0.1.0
 */
module io.fixtures.core {
    requires transitive java.logging;

    exports io.fixtures;
    exports io.fixtures.internal to
            io.fixtures.process, io.fixtures.services, io.fixtures.junit5, io.fixtures.testng, io.fixtures.logging,
            io.fixtures.spring;
}
