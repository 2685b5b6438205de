package vn.cdtt.duty;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.VietnameseText;
import vn.cdtt.roster.Member;

/**
 * A member on a shift (phân công): who put them there and when, and what happened – the member's check-in and
 * check-out, the verdict of the centre staff or coordinator, and the citizens helped. Attendance is the source
 * of truth for allowances, so this entity guards who may record what and when.
 * Created and removed only through {@link Shift}.
 */
@Entity
@Table(name = "assignment")
public class Assignment {

    /** A member may check in this long before the shift starts. */
    public static final Duration CHECK_IN_EARLY = Duration.ofMinutes(30);
    /** … and check out until this long after it ends. */
    public static final Duration CHECK_OUT_LATE = Duration.ofMinutes(60);
    /** Citizens helped can be logged until this many days after the shift. */
    public static final int HELPED_LOG_DAYS = 7;
    public static final int MAX_HELPED = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "shift_id")
    private Shift shift;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private Member member;

    @Column(name = "assigned_by", nullable = false)
    @Size(max = 60)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private LocalDateTime assignedAt;

    @Column(name = "checked_in_at")
    private LocalDateTime checkedInAt;

    @Column(name = "checked_out_at")
    private LocalDateTime checkedOutAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Presence presence = Presence.UNCONFIRMED;

    @Column(name = "presence_by")
    @Size(max = 60)
    private String presenceBy;

    @Column(name = "presence_at")
    private LocalDateTime presenceAt;

    @Column(name = "presence_note")
    @Size(max = 300)
    private String presenceNote;

    @Column(name = "reminded_at")
    private LocalDateTime remindedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "citizens_helped", joinColumns = @JoinColumn(name = "assignment_id"))
    @MapKeyColumn(name = "service")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "helped")
    private Map<HelpService, Integer> helped = new HashMap<>();

    /** The helper request this member serves on the shift (null: ordinary duty); allowances pay it as mobilised. */
    @Column(name = "helper_request_id")
    private Long helperRequestId;

    /** Automatic rostering keeps a pinned assignment; an unpinned one's seat may go to another member. */
    @Column(nullable = false)
    private boolean pinned = true;

    @Version
    private long version;

    protected Assignment() {
    }

    Assignment(Shift shift, Member member, String assignedBy, LocalDateTime assignedAt) {
        this.shift = shift;
        this.member = member;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    /** May the member check in now? From a little before the start until the end, once, unless marked absent. */
    public boolean canCheckIn(LocalDateTime now) {
        return checkedInAt == null && presence != Presence.ABSENT && inCheckInWindow(now);
    }

    /** Is a check-in still to come: not checked in, not marked absent, and the shift has not ended? */
    public boolean awaitsCheckIn(LocalDateTime now) {
        return checkedInAt == null && presence != Presence.ABSENT && now.isBefore(shift.end());
    }

    /** May the member check out now? After checking in, until a little after the end, once. */
    public boolean canCheckOut(LocalDateTime now) {
        return checkedInAt != null && checkedOutAt == null && !now.isAfter(shift.end().plus(CHECK_OUT_LATE));
    }

    /** Can citizens helped be logged now (from the start until a week after the shift)? */
    public boolean canLogHelped(LocalDateTime now) {
        return shift.hasStarted(now) && !now.toLocalDate().isAfter(shift.getDate().plusDays(HELPED_LOG_DAYS));
    }

    private boolean inCheckInWindow(LocalDateTime now) {
        return !now.isBefore(shift.start().minus(CHECK_IN_EARLY)) && now.isBefore(shift.end());
    }

    /** The member arrives: from a little before the start until the end of the shift, once. */
    public void checkIn(LocalDateTime now) {
        if (checkedInAt != null) {
            throw new InvalidInputException("attendance.alreadyIn");
        }
        if (presence == Presence.ABSENT) {
            throw new InvalidInputException("attendance.markedAbsent");
        }
        if (!inCheckInWindow(now)) {
            throw new InvalidInputException("attendance.outsideWindow", CHECK_IN_EARLY.toMinutes(),
                    CHECK_OUT_LATE.toMinutes());
        }
        checkedInAt = now;
    }

    /** The member leaves: after checking in, until a little after the end of the shift, once. */
    public void checkOut(LocalDateTime now) {
        if (checkedInAt == null) {
            throw new InvalidInputException("attendance.notCheckedIn");
        }
        if (checkedOutAt != null) {
            throw new InvalidInputException("attendance.alreadyOut");
        }
        if (now.isAfter(shift.end().plus(CHECK_OUT_LATE))) {
            throw new InvalidInputException("attendance.outsideWindow", CHECK_IN_EARLY.toMinutes(),
                    CHECK_OUT_LATE.toMinutes());
        }
        checkedOutAt = now;
    }

    /** The centre staff's verdict, on the day of the shift once it has started. */
    public void confirm(Presence verdict, String by, LocalDateTime now) {
        if (verdict == null || verdict == Presence.UNCONFIRMED) {
            throw new InvalidInputException("attendance.verdict.required");
        }
        if (!shift.hasStarted(now) || !now.toLocalDate().equals(shift.getDate())) {
            throw new InvalidInputException("attendance.confirm.notToday");
        }
        setPresence(verdict, by, now, null);
    }

    /** The coordinator's correction, at any time after the start, always with a reason. */
    public void correct(Presence verdict, String reason, String by, LocalDateTime now) {
        if (verdict == null) {
            throw new InvalidInputException("attendance.verdict.required");
        }
        if (!shift.hasStarted(now)) {
            throw new InvalidInputException("attendance.notStarted");
        }
        String clean = VietnameseText.clean(reason);
        if (clean == null || clean.isEmpty()) {
            throw new InvalidInputException("attendance.reason.required");
        }
        if (clean.length() > 300) {
            throw new InvalidInputException("attendance.reason.tooLong");
        }
        setPresence(verdict, by, now, clean);
    }

    private void setPresence(Presence verdict, String by, LocalDateTime now, String note) {
        this.presence = verdict;
        this.presenceBy = by;
        this.presenceAt = now;
        this.presenceNote = note;
    }

    /**
     * The member's count of citizens helped by service, from the start of the shift until
     * {@value #HELPED_LOG_DAYS} days after it; every count is replaced, none may be negative.
     */
    public void logHelped(Map<HelpService, Integer> counts, LocalDateTime now) {
        if (!shift.hasStarted(now)) {
            throw new InvalidInputException("helped.notStarted");
        }
        if (!canLogHelped(now)) {
            throw new InvalidInputException("helped.tooLate", HELPED_LOG_DAYS);
        }
        Map<HelpService, Integer> clean = new EnumMap<>(HelpService.class);
        for (HelpService service : HelpService.values()) {
            Integer n = counts == null ? null : counts.get(service);
            int value = n == null ? 0 : n;
            if (value < 0 || value > MAX_HELPED) {
                throw new InvalidInputException("helped.invalid", MAX_HELPED);
            }
            if (value > 0) {
                clean.put(service, value);
            }
        }
        helped.clear();
        helped.putAll(clean);
    }

    /**
     * The attended rule – was the member there? A verdict decides; without one, the member's own check-in counts.
     * Defined twice in one place: here in Java, and in {@link #attendedIn(String)} for queries; AttendanceIT checks
     * that both agree.
     */
    public boolean attended() {
        return presence == Presence.PRESENT || (presence == Presence.UNCONFIRMED && checkedInAt != null);
    }

    /**
     * The attended rule as a JPQL condition on the assignment alias {@code a} (e.g. {@code "a"}), for queries that
     * count or sum attended duty (this month's hours; allowances province-wide): the same rule as {@link #attended()}.
     */
    public static String attendedIn(String a) {
        return "(" + a + ".presence = vn.cdtt.duty.Presence.PRESENT OR (" + a + ".presence = "
                + "vn.cdtt.duty.Presence.UNCONFIRMED AND " + a + ".checkedInAt IS NOT NULL))";
    }

    /** Marks the member as one of the extra helpers a request asked for. */
    public void serve(Long requestId) {
        this.helperRequestId = java.util.Objects.requireNonNull(requestId);
    }

    public Long getId() {
        return id;
    }

    public Long getHelperRequestId() {
        return helperRequestId;
    }

    public Shift getShift() {
        return shift;
    }

    public Member getMember() {
        return member;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public LocalDateTime getAssignedAt() {
        return assignedAt;
    }

    public LocalDateTime getCheckedInAt() {
        return checkedInAt;
    }

    public LocalDateTime getCheckedOutAt() {
        return checkedOutAt;
    }

    public Presence getPresence() {
        return presence;
    }

    public String getPresenceBy() {
        return presenceBy;
    }

    public LocalDateTime getPresenceAt() {
        return presenceAt;
    }

    public String getPresenceNote() {
        return presenceNote;
    }

    public Map<HelpService, Integer> getHelped() {
        return Collections.unmodifiableMap(helped);
    }

    public int helped(HelpService service) {
        return helped.getOrDefault(service, 0);
    }

    public int getHelpedTotal() {
        return helped.values().stream().mapToInt(Integer::intValue).sum();
    }

    public long getVersion() {
        return version;
    }

    public boolean isPinned() {
        return pinned;
    }

    /**
     * Pins the assignment (automatic rostering keeps it) or unpins it (the solver may give its seat to another
     * member); only before the shift starts.
     */
    public void pin(boolean pinned, LocalDateTime now) {
        shift.requireNotStarted(now);
        this.pinned = pinned;
    }
}
