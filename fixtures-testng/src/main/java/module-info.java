/**
 * Fixtures in TestNG: a listener and a base class.
 *
 * @since 0.1.0
 */
// TestNG's jar is an automatic module; its listener interfaces are part of this module's API
@SuppressWarnings("requires-transitive-automatic")
module io.fixtures.testng {
    requires transitive io.fixtures.core;
    requires transitive org.testng;

    exports io.fixtures.testng;
}
