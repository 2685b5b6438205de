package vn.cdtt.testing;

import java.time.Clock;
import java.time.LocalDateTime;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import vn.cdtt.common.VietnamTime;

/**
 * Sets the application's "now" ({@link VietnamTime}) to a fixed moment in Vietnam for each test and puts the
 * system clock back after it, so no test depends on the day it runs. The clock is already set while the test
 * instance is built, so field initialisers that create members see it too. Use as
 * {@code @RegisterExtension static final FixedClock CLOCK = FixedClock.at(…)}.
 */
public final class FixedClock implements TestInstancePreConstructCallback, BeforeEachCallback, AfterEachCallback {

    private final LocalDateTime now;

    private FixedClock(LocalDateTime now) {
        this.now = now;
    }

    public static FixedClock at(LocalDateTime now) {
        return new FixedClock(now);
    }

    /** The moment the test runs at, in Vietnam. */
    public LocalDateTime now() {
        return now;
    }

    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
        set();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        set();
    }

    private void set() {
        VietnamTime.use(Clock.fixed(now.atZone(VietnamTime.ZONE).toInstant(), VietnamTime.ZONE));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        VietnamTime.use(Clock.system(VietnamTime.ZONE));
    }
}
