package it;

import static org.assertj.core.api.Assertions.assertThat;

import io.fixtures.UseFixture;
import io.fixtures.junit5.WithFixtures;
import io.fixtures.process.FreePorts;
import io.fixtures.process.TcpExecutor;
import io.fixtures.spring.FixtureProperties;
import io.fixtures.spring.MappedProperties;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

/**
 * One redis-server for every class that extends this one, its address given to the application by a mapping. Each
 * test visits the application and writes what it saw ({@link Seen}) for verify.groovy, which compares the two
 * classes: one context, one server pid, visits 1 and 2.
 */
@WithFixtures
abstract class SharedRedis {
    static final int PORT = FreePorts.next();

    @UseFixture(shared = true)
    static MappedProperties<TcpExecutor> redis = redisOn(PORT);

    /** A redis-server on {@code port}, whose address is the properties the application reads. */
    static MappedProperties<TcpExecutor> redisOn(int port) {
        return FixtureProperties.of(
                new TcpExecutor(List.of("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1",
                        "--save", "", "--appendonly", "no"), port),
                server -> Map.of("app.redis.host", server.host(), "app.redis.port", server.port()));
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    Environment environment;

    @Value("${local.server.port}")
    int port;

    /** The body of {@code GET path} of the application at {@code port}. */
    static String get(int port, String path) throws IOException {
        try (InputStream body = URI.create("http://127.0.0.1:" + port + path).toURL().openStream()) {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void visitsTheApplicationThatTalksToTheFixturesRedis() throws IOException {
        assertThat(environment.getProperty("app.redis.port", Integer.class)).isEqualTo(PORT);
        String url = get(port, "/redis");
        assertThat(url).isEqualTo("redis://127.0.0.1:" + PORT);
        Seen.write(getClass().getSimpleName(), context, "pid=" + redis.fixture().pid(), "url=" + url,
                "visits=" + get(port, "/visits"));
    }
}
