package vn.cdtt.it.support;

import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;

/** Base of the in-container tests: fixtures at hand, and no caller leaks from one test into the next. */
public abstract class IntegrationTest {

    @Inject
    protected Fixtures fixtures;

    protected static void actAs(String username) {
        ActingCaller.actAs(username);
    }

    @AfterEach
    void forgetCaller() {
        ActingCaller.clear();
    }
}
