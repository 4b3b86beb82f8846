package it;

import static org.assertj.core.api.Assertions.assertThat;

import io.fixtures.UseFixture;
import io.fixtures.junit5.WithFixtures;
import io.fixtures.process.FreePorts;
import io.fixtures.process.TcpExecutor;
import io.fixtures.spring.MappedProperties;
import io.fixtures.spring.app.VisitsApplication;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.ContextClosedEvent;

/**
 * A redis-server of this class's own (not shared): its context is its own, and is closed after the class, before the
 * server goes; the context writes {@code OwnRedisTest-closed} when it closes, for verify.groovy.
 */
@WithFixtures
@SpringBootTest(classes = VisitsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(OwnRedisTest.MarkClosed.class)
class OwnRedisTest {
    static final int PORT = FreePorts.next();

    @UseFixture
    static MappedProperties<TcpExecutor> redis = SharedRedis.redisOn(PORT);

    @TestConfiguration(proxyBeanMethods = false)
    static class MarkClosed {
        @Bean
        ApplicationListener<ContextClosedEvent> markClosed() {
            return event -> Seen.write("OwnRedisTest-closed", event.getApplicationContext());
        }
    }

    @Autowired
    ApplicationContext context;

    @Value("${local.server.port}")
    int port;

    @Test
    void visitsTheApplicationThatTalksToItsOwnRedis() throws IOException {
        String url = SharedRedis.get(port, "/redis");
        assertThat(url).isEqualTo("redis://127.0.0.1:" + PORT);
        Seen.write("OwnRedisTest", context, "pid=" + redis.fixture().pid(), "url=" + url,
                "visits=" + SharedRedis.get(port, "/visits"));
    }
}
