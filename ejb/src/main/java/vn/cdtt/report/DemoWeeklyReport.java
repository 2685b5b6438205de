package vn.cdtt.report;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cdtt.common.VietnamTime;

/**
 * Demo mode only: at start-up, last week's report is issued if it is missing (as if the Monday timer had run), so a
 * newcomer finds a report to open and download on Báo cáo tuần. Never in production, where only the timer and the
 * province's on-demand button issue reports.
 */
@Singleton
@Startup
// after the whole demo: ProvinceDemo comes after RatingDemo, which comes after DemoData (a chain, not a diamond:
// Payara refuses the latter as a cycle)
@DependsOn("ProvinceDemo")
public class DemoWeeklyReport {

    private static final Logger LOG = Logger.getLogger(DemoWeeklyReport.class.getName());

    @Inject
    @ConfigProperty(name = "cdtt.demo", defaultValue = "false")
    boolean demo;

    @Inject
    WeeklyReportTimer timer;

    @PostConstruct
    void issueLastWeek() {
        if (demo) {
            int issued = timer.run(VietnamTime.now());
            LOG.info("Demo: " + issued + " weekly report(s) of last week issued");
        }
    }
}
