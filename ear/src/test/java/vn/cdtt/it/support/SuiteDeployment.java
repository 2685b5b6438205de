package vn.cdtt.it.support;

import java.lang.reflect.Method;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;

/**
 * Deploys the EAR once per run instead of once per test class. Test classes that inherit the same {@code @Deployment}
 * method (all in-container tests get theirs from {@link IntegrationTest}, all browser tests from
 * {@code BrowserTest}) share one deployment: the first such class deploys it, the others reuse it, and it is
 * undeployed when a class with another {@code @Deployment} comes or the container stops. Failures are not touched:
 * each test still runs through Arquillian's own JUnit 5 extension and reports its own result.
 */
public class SuiteDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Keeper.class);
    }

    /** Arquillian observer holding the shared deployment between test classes. */
    public static class Keeper {

        private static final Logger LOG = Logger.getLogger(SuiteDeployment.class.getName());

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> classScenario;

        @Inject
        private Instance<ClassContext> classContext;

        @Inject
        private Event<UnDeployManagedDeployments> undeploy;

        private Class<?> owner;
        private DeploymentScenario shared;
        private boolean toDeploy;
        private boolean undeploying;
        private int deployments;

        public void generate(@Observes EventContext<GenerateDeployment> context) {
            Class<?> testClass = context.getEvent().getTestClass().getJavaClass();
            Class<?> declaring = deploymentOwner(testClass);
            if (shared != null && declaring.equals(owner)) {
                classScenario.set(shared);
                return;
            }
            if (shared != null) {
                undeployShared();
            }
            context.proceed();
            shared = classScenario.get();
            owner = declaring;
            toDeploy = true;
        }

        public void deploy(@Observes EventContext<DeployManagedDeployments> context) {
            if (toDeploy) {
                toDeploy = false;
                deployments++;
                LOG.info(() -> "Deploying once for every test class that shares " + owner.getSimpleName()
                        + "'s deployment (deployment " + deployments + " of this run)");
                context.proceed();
            }
        }

        public void undeploy(@Observes EventContext<UnDeployManagedDeployments> context) {
            if (undeploying) {
                context.proceed();
            }
        }

        public void stop(@Observes BeforeStop event) {
            if (shared == null) {
                return;
            }
            ClassContext classes = classContext.get();
            classes.activate(owner);
            try {
                undeployShared();
            } finally {
                classes.deactivate();
            }
        }

        /** Undeploys the shared scenario in the active class context. */
        private void undeployShared() {
            DeploymentScenario current = classScenario.get();
            classScenario.set(shared);
            undeploying = true;
            try {
                undeploy.fire(new UnDeployManagedDeployments());
            } finally {
                undeploying = false;
                shared = null;
                owner = null;
                if (current != null) {
                    classScenario.set(current);
                }
            }
        }

        private static Class<?> deploymentOwner(Class<?> testClass) {
            for (Class<?> c = testClass; c != null; c = c.getSuperclass()) {
                for (Method m : c.getDeclaredMethods()) {
                    if (m.isAnnotationPresent(Deployment.class)) {
                        return c;
                    }
                }
            }
            return testClass;
        }
    }
}
