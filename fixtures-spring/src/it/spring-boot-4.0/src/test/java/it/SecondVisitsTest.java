package it;

import io.fixtures.spring.app.VisitsApplication;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = VisitsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecondVisitsTest extends SharedRedis {
}
