package vn.cdtt.it.browser;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.cdtt.it.support.Deployments;

/**
 * Base of the browser tests: they share one deployment of the real EAR (deployed once per run), with the test-only
 * fixture servlet, and drive it from outside as users do.
 */
@ExtendWith(ArquillianExtension.class)
abstract class BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.browserEar(FixtureServlet.class);
    }
}
