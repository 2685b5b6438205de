package vn.cdtt.autoroster;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import vn.cdtt.commune.SessionPart;

/**
 * What a solve proposes: who goes where (only the seats it fills; existing assignments stay as they are), why the
 * seats it leaves empty stay empty (by commune and cause), what it achieves ({@code figures}) beside the quick fill
 * of the same period ({@code quickFill}), and how long the first complete plan took. {@code score} is the solver's
 * own, kept for diagnosis, never shown. A proposal stored before its figures were kept has {@code figures} null.
 */
public record Proposal(List<ProposedSeat> seats, List<EmptyGroup> empty, PlanFigures figures, PlanFigures quickFill,
                       long firstPlanMillis, String score) {

    /**
     * One seat the solver fills: the shift ({@code shiftId} null for a shift the period calls for that does not
     * exist yet – created when the proposal is applied – found by site, day and session); for an unpinned
     * assignment it gives to someone else (a move), the member who had it ({@code replacesId} null for a seat that
     * was empty).
     */
    public record ProposedSeat(Long shiftId, Long siteId, String siteName, LocalDate date, SessionPart part,
                               Long memberId, String memberName, Long replacesId, String replacesName) {

        public boolean isMove() {
            return replacesId != null;
        }

        /** The site, day and session: what finds the shift once it exists. */
        String session() {
            return siteId + "@" + date + "@" + part;
        }
    }

    /** The empty seats, all groups together. */
    public int emptySeats() {
        return empty.stream().mapToInt(EmptyGroup::seats).sum();
    }

    /** Seats that move from an unpinned member to another. */
    public long moves() {
        return seats.stream().filter(ProposedSeat::isMove).count();
    }

    /** Seats the proposal fills that were empty. */
    public long filled() {
        return seats.size() - moves();
    }

    /** The proposal of a plan; {@code quickFill} the figures of the plan the solver started from. */
    static Proposal of(RosterPlan plan, PlanFigures quickFill, long firstPlanMillis) {
        List<ProposedSeat> seats = plan.getSeats().stream().filter(Seat::isChange)
                .map(s -> new ProposedSeat(s.getShift().getId(), s.getShift().getSiteId(), s.getShift().getSiteName(),
                        s.getShift().getDate(), s.getShift().getPart(), s.getMember().getId(), s.getMember().getName(),
                        s.getOriginal() == null ? null : s.getOriginal().getId(),
                        s.getOriginal() == null ? null : s.getOriginal().getName()))
                .sorted(Comparator.comparing(ProposedSeat::siteName).thenComparing(ProposedSeat::date)
                        .thenComparing(ProposedSeat::part).thenComparing(ProposedSeat::memberName))
                .toList();
        return new Proposal(seats, EmptyGroup.of(EmptySeats.explain(plan)), PlanFigures.of(plan), quickFill,
                firstPlanMillis, String.valueOf(plan.getScore()));
    }
}
