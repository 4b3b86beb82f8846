/**
 * Fixtures in JUnit Jupiter: {@code @WithFixtures} and {@code FixtureScope}.
 *
 * @since 0.1.0
 */
module io.fixtures.junit5 {
    requires transitive io.fixtures.core;
    requires transitive org.junit.jupiter.api;

    exports io.fixtures.junit5;
    // JUnit creates the extension and the lock provider named by @WithFixtures
    opens io.fixtures.junit5.internal to org.junit.platform.commons;
}
