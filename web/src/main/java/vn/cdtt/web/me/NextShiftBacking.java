package vn.cdtt.web.me;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.duty.Assignment;
import vn.cdtt.duty.AttendanceService;
import vn.cdtt.duty.MyShifts;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.SwapRequest;
import vn.cdtt.duty.SwapService;
import vn.cdtt.roster.Member;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.UserSession;

/**
 * The member's home card (index.xhtml): the next shift that has not ended, whom it is with and a button to call them,
 * the check-in button once it is time (the window is the assignment's own rule, as on me/shifts), and, past the
 * hand-over cut-off, the commune coordinators to call instead.
 */
@Named
@ViewScoped
public class NextShiftBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MyShifts myShifts;

    @EJB
    AttendanceService attendance;

    @EJB
    SwapService swaps;

    @Inject
    UserSession session;

    private Shift shift;
    private Duration cutoff = Duration.ofHours(12);
    private List<MyShifts.Contact> coordinators = List.of();

    @PostConstruct
    public void reload() {
        shift = null;
        coordinators = List.of();
        if (!session.is("MEMBER") || session.getCaller().memberId() == null) {
            return;
        }
        shift = myShifts.next().stream().findFirst().orElse(null); // not ended, or waiting for the check-out
        if (shift != null) {
            cutoff = Duration.ofHours(swaps.cutoffHours());
            if (isPastCutoff()) {
                coordinators = myShifts.coordinators();
            }
        }
    }

    public Shift getShift() {
        return shift;
    }

    private Assignment mine(Shift s) {
        Long me = session.getCaller().memberId();
        return s.getAssignments().stream().filter(a -> a.getMember().getId().equals(me)).findFirst().orElse(null);
    }

    public Assignment getMine() {
        return shift == null ? null : mine(shift);
    }

    public List<Member> getPartners() {
        Long me = session.getCaller().memberId();
        return shift == null ? List.of() : shift.getAssignments().stream().map(Assignment::getMember)
                .filter(m -> !m.getId().equals(me)).toList();
    }

    public boolean isCanCheckIn() {
        Assignment a = getMine();
        return a != null && a.canCheckIn(VietnamTime.now());
    }

    /** Past the cut-off members can no longer hand the shift over themselves: the coordinator is the one to call. */
    public boolean isPastCutoff() {
        return shift != null && !SwapRequest.allowed(shift, VietnamTime.now(), cutoff);
    }

    public List<MyShifts.Contact> getCoordinators() {
        return coordinators;
    }

    public void checkIn() {
        Assignment a = getMine();
        if (a != null && Actions.run(() -> attendance.checkIn(a.getId()), "attendance.checkedIn")) {
            reload();
        }
    }
}
