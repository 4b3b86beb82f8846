/**
 * Hands the properties of a test's fixtures to its Spring application context: {@code io.fixtures.spring}.
 * Spring is the user's: required only at compile time.
 */
module io.fixtures.spring {
    requires transitive io.fixtures.core;
    requires static spring.core;
    requires static spring.context;
    requires static spring.test;

    exports io.fixtures.spring;
    // Spring creates the context customizer factory named in META-INF/spring.factories by reflection
    opens io.fixtures.spring.internal;
}
