/**
 * A private, per-user CouchDB-compatible server: the {@code TempCouch} fixture, the {@code UserCouch} library and
 * the {@code usercouch} command.
 *
 * @since 0.1.0
 */
module io.fixtures.couch {
    requires transitive io.fixtures.process;
    requires com.fasterxml.jackson.databind;
    requires java.net.http;
    // TempPki makes throw-away certificates
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.util;

    exports io.fixtures.couch;
    // the environment is written and read with Jackson
    opens io.fixtures.couch to com.fasterxml.jackson.databind;
}
