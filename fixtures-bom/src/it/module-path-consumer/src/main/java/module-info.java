/** A user's module that requires every fixtures module by name. */
module example.modular {
    requires io.fixtures.services;
    requires io.fixtures.couch;
    requires io.fixtures.junit5;
    requires io.fixtures.testng;
}
