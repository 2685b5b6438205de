package vn.cdtt.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real EAR from the build, plus the test classes: nothing is listed by hand. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive ear(Class<?>... testClasses) {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("cdtt.ear", "target/cdtt.ear")));
        ear.getAsType(JavaArchive.class, "cdtt-ejb.jar").addClasses(ActingCaller.class, Fixtures.class);
        WebArchive war = ear.getAsType(WebArchive.class, "cdtt-web.war");
        war.addClasses(testClasses);
        war.addClass(IntegrationTest.class);
        return ear;
    }

    /**
     * The real EAR for browser tests: users log in for real (no acting caller), and a test-only servlet builds the
     * data a test needs that no page may create (a shift under way now).
     */
    public static EnterpriseArchive browserEar(Class<?>... servlets) {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("cdtt.ear", "target/cdtt.ear")));
        ear.getAsType(JavaArchive.class, "cdtt-ejb.jar").addClasses(Fixtures.class);
        ear.getAsType(WebArchive.class, "cdtt-web.war").addClasses(servlets);
        return ear;
    }
}
