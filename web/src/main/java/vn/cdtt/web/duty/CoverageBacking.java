package vn.cdtt.web.duty;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.cdtt.duty.CommuneCoverage;
import vn.cdtt.duty.CoverageLight;
import vn.cdtt.duty.CoverageService;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.WeekChoice;

/** duty/coverage.xhtml: every commune's week by traffic light, worst first, with a link to its board. */
@Named
@ViewScoped
public class CoverageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CoverageService coverage;

    private final WeekChoice week = new WeekChoice();
    private List<CommuneCoverage> rows = List.of();

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        rows = Actions.get(() -> coverage.week(week.getMonday()), List.of());
    }

    public void previousWeek() {
        week.previous();
        reload();
    }

    public void nextWeek() {
        week.next();
        reload();
    }

    public long count(String light) {
        CoverageLight l = CoverageLight.valueOf(light);
        return rows.stream().filter(r -> r.light() == l).count();
    }

    public WeekChoice getWeek() {
        return week;
    }

    public List<CommuneCoverage> getRows() {
        return rows;
    }
}
