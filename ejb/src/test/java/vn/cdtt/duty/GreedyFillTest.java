package vn.cdtt.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one greedy rule: seats in order, each to the best-ranked free member, counts going up; no one free, empty. */
class GreedyFillTest {

    /** A seat in a session ("mon-am"). */
    private record Seat(String session) {
    }

    @Test
    void theLeastLoadedFreeMemberTakesEachSeatInTurnAndASeatNobodyIsFreeForStaysEmpty() {
        List<String> members = List.of("An", "Bình", "Cường");
        Map<String, Integer> load = new HashMap<>(Map.of("An", 1));
        Set<String> taken = new HashSet<>(Set.of("Cường@tue-am"));
        List<String> placed = new ArrayList<>();
        List<Seat> seats = List.of(new Seat("mon-am"), new Seat("mon-am"), new Seat("mon-am"), new Seat("mon-am"),
                new Seat("tue-am"));
        int filled = GreedyFill.fill(seats, new GreedyFill.Seats<Seat, String>() {
            @Override
            public List<String> candidates(Seat seat) {
                return members;
            }

            @Override
            public boolean free(String m, Seat seat) {
                return !taken.contains(m + "@" + seat.session());
            }

            @Override
            public int rank(String a, String b, Seat seat) {
                return Integer.compare(load.getOrDefault(a, 0), load.getOrDefault(b, 0));
            }

            @Override
            public void place(Seat seat, String m) {
                taken.add(m + "@" + seat.session());
                load.merge(m, 1, Integer::sum);
                placed.add(seat.session() + ":" + m);
            }
        });
        // Monday: Bình and Cường (no sessions yet) before An, then An; the fourth Monday seat finds nobody free;
        // Tuesday: Cường is busy, and Bình has fewer sessions than An
        assertEquals(List.of("mon-am:Bình", "mon-am:Cường", "mon-am:An", "tue-am:Bình"), placed);
        assertEquals(4, filled);
    }
}
