package vn.cdtt.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cdtt.commune.Commune;
import vn.cdtt.commune.ServiceSite;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.roster.Member;
import vn.cdtt.testing.TestData;

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

    /**
     * The board's quick fill keeps the weekly limit the solver keeps: two members and a week of 20 seats fill only
     * as many seats as the limit allows them, counting a shift one of them already has that week.
     */
    @Test
    void theBoardsQuickFillPlansNobodyBeyondTheWeeklyLimit() {
        Commune commune = TestData.commune(TestData.province(1), 7, "Biển Hồ");
        ServiceSite site = TestData.site(commune, 70);
        LocalDate monday = LocalDate.of(2030, 3, 4);
        List<FairFill.OpenSeat> seats = new ArrayList<>();
        Map<Long, Set<Long>> onShift = new HashMap<>();
        long id = 100;
        for (int d = 0; d < 5; d++) {
            for (SessionPart part : SessionPart.shiftParts()) {
                Shift shift = TestData.saved(new Shift(TestData.session(site, DayOfWeek.of(d + 1), part,
                        LocalTime.of(part == SessionPart.MORNING ? 7 : 13, 30), LocalTime.of(part == SessionPart.MORNING
                                ? 11 : 17, 0), 2), monday.plusDays(d)), id++);
                onShift.put(shift.getId(), new HashSet<>());
                for (int seat = 0; seat < 2; seat++) {
                    seats.add(new FairFill.OpenSeat(shift, new Candidates.Needs(Set.of(), Set.of()), new HashMap<>()));
                }
            }
        }
        Member an = TestData.saved(TestData.member(commune, "Nguyễn Văn An"), 1L);
        Member binh = TestData.saved(TestData.member(commune, "Trần Thị Bình"), 2L);
        Map<Long, Integer> week = new HashMap<>(Map.of(1L, 1)); // An is on one shift of this week already

        List<FairFill.Placement> plan = FairFill.plan(seats, List.of(an, binh), onShift, new HashSet<>(), week,
                new WeeklyLimit(3));

        Map<Long, Integer> planned = new HashMap<>();
        plan.forEach(p -> planned.merge(p.memberId(), 1, Integer::sum));
        assertEquals(Map.of(1L, 2, 2L, 3), planned, "An 1 + 2, Bình 3: nobody beyond 3 sessions");
        assertTrue(plan.stream().map(p -> p.memberId() + "@" + p.date() + p.part()).distinct().count() == plan.size());
    }
}
