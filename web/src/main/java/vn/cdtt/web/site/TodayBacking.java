package vn.cdtt.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.duty.Assignment;
import vn.cdtt.duty.AttendanceService;
import vn.cdtt.duty.Presence;
import vn.cdtt.duty.Shift;
import vn.cdtt.web.common.Actions;

/** site/today.xhtml: the centre staff see today's duty at their site and confirm presence or mark a no-show. */
@Named("siteTodayBacking")
@ViewScoped
public class TodayBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AttendanceService attendance;

    private List<Shift> shifts = List.of();

    @PostConstruct
    void reload() {
        shifts = Actions.get(attendance::siteToday, shifts);
    }

    public void present(Assignment a) {
        confirm(a, Presence.PRESENT, "attendance.confirmed");
    }

    public void absent(Assignment a) {
        confirm(a, Presence.ABSENT, "attendance.markedNoShow");
    }

    private void confirm(Assignment a, Presence verdict, String doneKey) {
        Actions.run(() -> attendance.confirm(a.getId(), verdict), doneKey, a.getMember().getFullName());
        reload();
    }

    /** Verdicts are given once the shift has started. */
    public boolean started(Shift s) {
        return s.hasStarted(VietnamTime.now());
    }

    public List<Shift> getShifts() {
        return shifts;
    }
}
