package vn.cdtt.duty;

import java.util.List;

/**
 * The greedy fill rule, the one implementation behind the board's fair fill ({@link FairFill}) and automatic
 * rostering's starting plan: the empty seats in time order, each to the best-ranked candidate who is free in that
 * session (and within whatever limit the caller checks), and the counts go up as the plan grows, so the sessions
 * spread evenly. A seat nobody is free for stays empty. Not an optimiser: automatic rostering improves on it.
 */
public final class GreedyFill {

    private GreedyFill() {
    }

    /** What the rule needs from its caller, who keeps the counts: seats {@code S}, candidate members {@code M}. */
    public interface Seats<S, M> {

        /** Who may sit there at all (the caller's pool, e.g. the commune's active members). */
        List<M> candidates(S seat);

        /** Is the member free for the seat: not on it or elsewhere in its session, not busy, within the limits? */
        boolean free(M member, S seat);

        /** Negative when {@code a} should have the seat rather than {@code b} (fewer sessions so far first). */
        int rank(M a, M b, S seat);

        /** The seat goes to the member: the caller records it and counts it. */
        void place(S seat, M member);
    }

    /** Fills the seats, given in time order, and returns how many it filled. */
    public static <S, M> int fill(List<S> seatsInOrder, Seats<S, M> seats) {
        int filled = 0;
        for (S seat : seatsInOrder) {
            M best = null;
            for (M m : seats.candidates(seat)) {
                if (seats.free(m, seat) && (best == null || seats.rank(m, best, seat) < 0)) {
                    best = m;
                }
            }
            if (best != null) {
                seats.place(seat, best);
                filled++;
            }
        }
        return filled;
    }
}
