package it;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** A test class without fixtures: it runs whatever the glue thinks of the JUnit version. */
class PlainTest {

    @Test
    void runs() {
        Assertions.assertEquals(4, 2 + 2);
    }
}
