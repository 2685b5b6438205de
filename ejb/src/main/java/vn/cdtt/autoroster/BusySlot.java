package vn.cdtt.autoroster;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import vn.cdtt.commune.SessionPart;

/**
 * A session in which a member already has another duty that is not one of the plan's seats – a shift outside the
 * run, a training, a helper request, their own unavailability (a problem fact, from the duty slots).
 * {@code shift} tells whether it is a shift, which counts towards the weekly limit.
 */
public record BusySlot(PlanMember member, LocalDate date, SessionPart part, boolean shift) {

    public LocalDate week() {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
