package vn.cdtt.allowance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import vn.cdtt.commune.SiteKind;
import vn.cdtt.roster.MemberStatus;

/**
 * The verified work of one commune over a span of months, as the statement's few queries return it: attended duty
 * sessions, held trainings per trainer, the commune's members and its team leaders.
 *
 * @param teamLeaders team id → its leader's member id, for teams that have a leader
 */
public record Work(List<Duty> duties, List<Training> trainings, List<Person> members, Map<Long, Long> teamLeaders) {

    /**
     * An attended duty session (the attended rule of vn.cdtt.duty.Assignment); {@code mobilised} when the member was
     * there as a helper a service centre asked for (a helper request).
     */
    public record Duty(Long assignmentId, Long memberId, LocalDate date, Long shiftId, String place, SiteKind site,
                       boolean mobilised) {
    }

    /** A trainer of a held training session (status HELD: its result is recorded). */
    public record Training(Long sessionId, Long memberId, boolean lead, LocalDate date, String place) {
    }

    /** A member of the commune, with what decides whether they count as active in a month. */
    public record Person(Long memberId, Long teamId, MemberStatus status, LocalDate statusSince, LocalDate joinedOn) {

        /** Joined by the end of the month, and active then or still active at its start. */
        boolean activeIn(YearMonth month) {
            if (joinedOn.isAfter(month.atEndOfMonth())) {
                return false;
            }
            return status == MemberStatus.ACTIVE || statusSince.isAfter(month.atDay(1));
        }
    }
}
