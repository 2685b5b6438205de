package vn.cdtt.autoroster;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.concurrent.ThreadFactory;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The threads Timefold's SolverManager solves on: the container's default managed thread factory, so a solve runs
 * with the application's class loader and naming context and the server knows about it. Timefold creates this class
 * by its no-argument constructor when {@link AutoRosterRuns} creates the SolverManager (inside the container).
 */
public class ManagedThreads implements ThreadFactory {

    private final ManagedThreadFactory factory;

    public ManagedThreads() {
        try {
            factory = InitialContext.doLookup("java:comp/DefaultManagedThreadFactory");
        } catch (NamingException e) {
            throw new IllegalStateException("no managed thread factory", e);
        }
    }

    @Override
    public Thread newThread(Runnable r) {
        Thread t = factory.newThread(r);
        t.setName("autoroster-" + t.getId());
        return t;
    }
}
