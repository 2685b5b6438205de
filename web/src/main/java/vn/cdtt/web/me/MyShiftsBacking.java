package vn.cdtt.web.me;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.duty.Assignment;
import vn.cdtt.duty.AttendanceService;
import vn.cdtt.duty.MyShifts;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.SwapRequest;
import vn.cdtt.duty.SwapService;
import vn.cdtt.roster.Member;
import vn.cdtt.web.common.Actions;
import vn.cdtt.web.common.Faces;
import vn.cdtt.web.common.UserSession;

/**
 * me/shifts.xhtml, the member's phone page: next shifts with the partner on duty, check-in and check-out,
 * give-aways, requests from colleagues, past shifts, this month's hours. The page's dialogs and the calendar link
 * have their own beans: {@link SwapAskBacking}, {@link HelpedBacking}, {@link CalendarLinkBacking}.
 */
@Named
@ViewScoped
public class MyShiftsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MyShifts myShifts;

    @EJB
    AttendanceService attendance;

    @EJB
    SwapService swaps;

    @EJB
    vn.cdtt.training.TrainingSchedule trainings;

    @jakarta.inject.Inject
    UserSession session;

    private List<Shift> next = List.of();
    private List<vn.cdtt.training.TrainingSession> myTrainings = List.of();
    private List<Assignment> past = List.of();
    private MyShifts.Month month;
    private List<SwapRequest> requests = List.of();
    private final Map<Long, SwapRequest> myRequestByShift = new HashMap<>();
    private Duration cutoff = Duration.ofHours(12);
    /** The commune coordinators to call, loaded with the first card past the cut-off. */
    private List<MyShifts.Contact> coordinators;

    @PostConstruct
    public void reload() {
        Actions.run(() -> {
            next = myShifts.next();
            myTrainings = trainings.mine();
            past = myShifts.past();
            month = myShifts.month();
            requests = swaps.mine();
            cutoff = Duration.ofHours(swaps.cutoffHours());
            myRequestByShift.clear();
            coordinators = null;
            Long me = memberId();
            requests.stream().filter(r -> r.getFrom().getId().equals(me))
                    .forEach(r -> myRequestByShift.put(r.getShift().getId(), r));
        });
    }

    private Long memberId() {
        return session.getCaller().memberId();
    }

    /** My assignment on one of my shifts. */
    public Assignment mine(Shift s) {
        return s.getAssignments().stream().filter(a -> a.getMember().getId().equals(memberId())).findFirst()
                .orElse(null);
    }

    public List<Member> partners(Shift s) {
        return s.getAssignments().stream().map(Assignment::getMember).filter(m -> !m.getId().equals(memberId()))
                .toList();
    }

    public boolean canCheckIn(Shift s) {
        Assignment a = mine(s);
        return a != null && a.canCheckIn(VietnamTime.now());
    }

    /**
     * The check-in button is on the card while my check-in window is open or still to come (hidden until then:
     * pwa.js shows it when the phone's clock reaches {@link #checkInFrom}, so it works without signal too).
     */
    public boolean checkInOffered(Shift s) {
        Assignment a = mine(s);
        return a != null && a.awaitsCheckIn(VietnamTime.now());
    }

    /** When my check-in window opens, in epoch milliseconds (for the phone's clock). */
    public long checkInFrom(Shift s) {
        return s.start().minus(Assignment.CHECK_IN_EARLY).atZone(VietnamTime.ZONE).toInstant().toEpochMilli();
    }

    /** When my check-in window closes (the end of the shift), in epoch milliseconds. */
    public long checkInUntil(Shift s) {
        return s.end().atZone(VietnamTime.ZONE).toInstant().toEpochMilli();
    }

    public boolean canCheckOut(Shift s) {
        Assignment a = mine(s);
        return a != null && a.canCheckOut(VietnamTime.now());
    }

    public boolean canLogHelped(Assignment a) {
        return a != null && a.canLogHelped(VietnamTime.now());
    }

    /** Swap and give-away are offered until the cut-off, when no request of mine is pending for the shift. */
    public boolean canSwap(Shift s) {
        return SwapRequest.allowed(s, VietnamTime.now(), cutoff) && !myRequestByShift.containsKey(s.getId());
    }

    public SwapRequest myRequest(Shift s) {
        return myRequestByShift.get(s.getId());
    }

    /** Requests colleagues made to me (or that I accepted), as opposed to my own. */
    public List<SwapRequest> getIncoming() {
        return requests.stream().filter(r -> !r.getFrom().getId().equals(memberId())).toList();
    }

    /** Past the cut-off but not yet started: only the coordinator can still change it. */
    public boolean isCutoffPassed(Shift s) {
        LocalDateTime now = VietnamTime.now();
        return !SwapRequest.allowed(s, now, cutoff) && !s.hasStarted(now);
    }

    /** Past the cut-off (started or not) the card offers the commune coordinators to call. */
    public boolean callsCoordinator(Shift s) {
        return !SwapRequest.allowed(s, VietnamTime.now(), cutoff);
    }

    public List<MyShifts.Contact> getCoordinators() {
        if (coordinators == null) {
            coordinators = Actions.get(myShifts::coordinators, List.of());
        }
        return coordinators;
    }

    public void checkIn(Shift s) {
        act(() -> attendance.checkIn(mine(s).getId()), "attendance.checkedIn");
    }

    public void checkOut(Shift s) {
        act(() -> attendance.checkOut(mine(s).getId()), "attendance.checkedOut");
    }

    public void giveAway(Shift s) {
        act(() -> swaps.ask(s.getId(), null), "swap.givenAway");
    }

    public void cancel(SwapRequest r) {
        act(() -> swaps.cancel(r.getId()), "swap.cancelled");
    }

    public void accept(SwapRequest r) {
        act(() -> swaps.accept(r.getId()), "swap.accepted");
    }

    public void decline(SwapRequest r) {
        act(() -> swaps.decline(r.getId()), "swap.declined");
    }

    private void act(Runnable action, String doneKey) {
        if (Actions.run(action, doneKey)) {
            reload();
        }
    }

    public List<Shift> getNext() {
        return next;
    }

    public List<vn.cdtt.training.TrainingSession> getTrainings() {
        return myTrainings;
    }

    /** Lead trainer or assistant. */
    public boolean leads(vn.cdtt.training.TrainingSession t) {
        return t.getLeadTrainer().getId().equals(memberId());
    }

    public String topics(vn.cdtt.training.TrainingSession t) {
        return t.getTopics().stream().map(x -> x.name(Faces.locale())).sorted()
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public List<Assignment> getPast() {
        return past;
    }

    public MyShifts.Month getMonth() {
        return month;
    }

    public long getCutoffHours() {
        return cutoff.toHours();
    }
}
