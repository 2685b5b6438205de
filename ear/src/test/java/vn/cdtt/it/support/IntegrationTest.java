package vn.cdtt.it.support;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the in-container tests: one deployment for all of them (the real EAR with every test class, deployed once
 * per run by {@link SuiteDeployment}), fixtures at hand, and neither a caller nor a moved clock leaks from one test
 * into the next.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class IntegrationTest {

    @Inject
    protected Fixtures fixtures;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    protected static void actAs(String username) {
        ActingCaller.actAs(username);
    }

    @AfterEach
    void forgetCallerAndClock() {
        ActingCaller.clear();
        TestClock.reset();
    }
}
