/**
 * Executors: start a command, return once it is ready, stop its whole process tree; {@code FakeCommand}.
 *
 * <p>{@code io.fixtures.process.internal} is not API: it is not exported.
 *
 * @since 0.1.0
 */
module io.fixtures.process {
    requires transitive io.fixtures.core;
    requires java.net.http;
    // FakeCommand answers starts of its command in this JVM: Byte Buddy advice on ProcessBuilder, installed
    // through an agent attached to this JVM (or given with -javaagent)
    requires java.instrument;
    requires net.bytebuddy;
    requires net.bytebuddy.agent;

    exports io.fixtures.process;
}
