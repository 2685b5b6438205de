package vn.cdtt.commune;

import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * Buổi sáng / buổi chiều / buổi tối: the parts of a day a duty takes. Shifts follow the sites' morning and
 * afternoon sessions; a training (any hours) takes every part its hours touch, so one member is never in two
 * places in the same part of a day.
 */
public enum SessionPart {
    /** Until noon. */
    MORNING(LocalTime.MIDNIGHT, LocalTime.NOON),
    /** Noon to 17:30. */
    AFTERNOON(LocalTime.NOON, LocalTime.of(17, 30)),
    /** From 17:30. */
    EVENING(LocalTime.of(17, 30), LocalTime.MAX);

    private final LocalTime from;
    private final LocalTime until;

    SessionPart(LocalTime from, LocalTime until) {
        this.from = from;
        this.until = until;
    }

    /** The parts of the day that hours from {@code start} to {@code end} (end after start) touch. */
    public static Set<SessionPart> covering(LocalTime start, LocalTime end) {
        Set<SessionPart> parts = EnumSet.noneOf(SessionPart.class);
        for (SessionPart p : values()) {
            if (start.isBefore(p.until) && end.isAfter(p.from)) {
                parts.add(p);
            }
        }
        return parts;
    }

    /** The parts a site's shifts use (mornings and afternoons). */
    public static SessionPart[] shiftParts() {
        return new SessionPart[] {MORNING, AFTERNOON};
    }
}
