package vn.cdtt.web.duty;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import vn.cdtt.common.BusinessException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.duty.CommuneCoverage;
import vn.cdtt.duty.CoverageLight;
import vn.cdtt.duty.CoverageService;
import vn.cdtt.web.common.Faces;

/** duty/coverage.xhtml: every commune's week by traffic light, worst first, with a link to its board. */
@Named
@ViewScoped
public class CoverageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CoverageService coverage;

    private LocalDate monday;
    private List<CommuneCoverage> rows = List.of();

    @PostConstruct
    void init() {
        monday = VietnamTime.today().with(DayOfWeek.MONDAY);
        reload();
    }

    private void reload() {
        try {
            rows = coverage.week(monday);
        } catch (BusinessException e) {
            Faces.error(e);
            rows = List.of();
        }
    }

    public void previousWeek() {
        monday = monday.minusWeeks(1);
        reload();
    }

    public void nextWeek() {
        monday = monday.plusWeeks(1);
        reload();
    }

    public long count(String light) {
        CoverageLight l = CoverageLight.valueOf(light);
        return rows.stream().filter(r -> r.light() == l).count();
    }

    public LocalDate getMonday() {
        return monday;
    }

    public LocalDate getSunday() {
        return monday.plusDays(6);
    }

    public List<CommuneCoverage> getRows() {
        return rows;
    }
}
