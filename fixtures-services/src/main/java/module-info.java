/**
 * Services and service bundles built on the executors: dependencies, parallel start, titled and JSON logs, time
 * travel.
 *
 * @since 0.1.0
 */
module io.fixtures.services {
    requires transitive io.fixtures.process;
    // ServiceLogs.json() hands out Jackson trees
    requires transitive com.fasterxml.jackson.databind;
    // sun.misc.Signal: a bundle stops its services gracefully when this JVM gets SIGTERM
    requires jdk.unsupported;

    exports io.fixtures.services;
}
