package vn.cdtt.common;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The application's clock, a CDI bean: the system clock in Asia/Ho_Chi_Minh. A test deployment replaces it with an
 * alternative producer; at start-up the chosen clock becomes the one {@link VietnamTime} reads.
 */
@Startup
@Singleton
public class ApplicationClock {

    @Inject
    Clock clock;

    @Produces
    @Dependent
    static Clock systemClock() {
        return Clock.system(VietnamTime.ZONE);
    }

    @PostConstruct
    void install() {
        VietnamTime.use(clock);
    }
}
