/**
 * Fixtures in TestNG: a listener and a base class.
 *
 * @since 0.1.0
 */
module io.fixtures.testng {
    requires transitive io.fixtures.core;
    requires org.testng;

    exports io.fixtures.testng;
}
