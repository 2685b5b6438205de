package vn.cdtt.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real EAR from the build, plus the test classes: nothing is listed by hand. */
public final class Deployments {

    private static final String IT_PACKAGE = "vn.cdtt.it";

    private Deployments() {
    }

    /**
     * The real EAR for the in-container tests, deployed once per run: every test class of {@code vn.cdtt.it} in the
     * web module, and the test's caller, clock and fixtures in the EJB module.
     */
    public static EnterpriseArchive ear() {
        EnterpriseArchive ear = realEar();
        ear.getAsType(JavaArchive.class, "cdtt-ejb.jar")
                .addClasses(ActingCaller.class, TestClock.class, Fixtures.class, ColumnProbe.class);
        ear.getAsType(WebArchive.class, "cdtt-web.war")
                .addPackage(IT_PACKAGE)
                .addClasses(IntegrationTest.class, ImportFiles.class, WebSession.class, ApiDocument.class,
                        PrintedSheets.class)
                .addAsWebResource("it/fail.xhtml", "it/fail.xhtml");
        return ear;
    }

    /**
     * The real EAR with test-only servlets that act as named accounts (the benchmark's): the servlets and the
     * classes they need in the web module, the acting caller and the fixtures in the EJB module; the real clock.
     */
    public static EnterpriseArchive servletEar(Class<?>... webClasses) {
        EnterpriseArchive ear = realEar();
        ear.getAsType(JavaArchive.class, "cdtt-ejb.jar").addClasses(ActingCaller.class, Fixtures.class);
        ear.getAsType(WebArchive.class, "cdtt-web.war").addClasses(webClasses);
        return ear;
    }

    /**
     * The real EAR for browser tests: users log in for real (no acting caller, the real clock), and test-only
     * servlets build the data a test needs that no page may create (a shift under way now).
     */
    public static EnterpriseArchive browserEar(Class<?>... servlets) {
        EnterpriseArchive ear = realEar();
        ear.getAsType(JavaArchive.class, "cdtt-ejb.jar").addClasses(Fixtures.class);
        ear.getAsType(WebArchive.class, "cdtt-web.war").addClasses(servlets);
        return ear;
    }

    private static EnterpriseArchive realEar() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("cdtt.ear", "target/cdtt.ear")));
    }
}
