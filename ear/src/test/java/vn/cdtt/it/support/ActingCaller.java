package vn.cdtt.it.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.cdtt.security.CallerSource;
import vn.cdtt.security.ContainerCallerSource;

/**
 * Test-only caller: lets an in-container test call the real services as a named account, so the services' own
 * role and commune checks are what the tests exercise. Added to the EJB module of the test deployment only. A
 * request no test acts in (a test's own HTTP client signing in through the login page) has the container's caller.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class ActingCaller implements CallerSource {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    @Inject
    ContainerCallerSource container;

    public static void actAs(String username) {
        CURRENT.set(username);
    }

    public static void clear() {
        CURRENT.remove();
    }

    @Override
    public Optional<String> username() {
        String acting = CURRENT.get();
        return acting != null ? Optional.of(acting) : container.username();
    }
}
