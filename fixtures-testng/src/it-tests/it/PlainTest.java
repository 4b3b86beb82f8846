package it;

import static org.testng.Assert.assertEquals;

import org.testng.annotations.Test;

/** A test class without fixtures: it runs whatever the listener thinks of the TestNG version. */
public class PlainTest {

    @Test
    public void runs() {
        assertEquals(2 + 2, 4);
    }
}
