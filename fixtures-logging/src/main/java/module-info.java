/**
 * Log capture for Logback and Log4j2: {@code io.fixtures.logging}. The backends are the user's: each is
 * required only at compile time, and a capture whose backend is missing says which dependency to add.
 */
module io.fixtures.logging {
    requires transitive io.fixtures.core;
    requires static ch.qos.logback.classic;
    requires static ch.qos.logback.core;
    requires static org.slf4j;
    requires static org.apache.logging.log4j;
    requires static org.apache.logging.log4j.core;

    exports io.fixtures.logging;
}
