package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.duty.Candidates;
import vn.cdtt.duty.FairFill;
import vn.cdtt.duty.NotPlaced;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.ShiftService;
import vn.cdtt.it.support.Fixtures;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.request.HelperRequestForm;
import vn.cdtt.request.HelperRequestService;
import vn.cdtt.request.RequestReason;
import vn.cdtt.request.RequestSessions;
import vn.cdtt.roster.CatalogueService;
import vn.cdtt.roster.MemberForm;
import vn.cdtt.roster.MemberService;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Role;

/**
 * The week board filled fast: ranked candidates, several members onto a shift at once, the fair fill of a week with
 * its preview, and every hard rule kept on the way.
 */
class DutyBoardIT extends IntegrationTest {

    private static final String RANKED = "23650";
    private static final String EVEN = "23668";
    private static final String RACED = "23674";
    private static final String MINE = "23722";
    private static final String THEIRS = "23714";
    private static final String WEEKLY = "21871";

    @Inject
    ShiftService shifts;

    @Inject
    Candidates candidates;

    @Inject
    FairFill fill;

    @Inject
    MemberService members;

    @Inject
    CatalogueService catalogue;

    @Inject
    HelperRequestService requests;

    /** The commune centre's shift of a session (not a site a fixture added). */
    private Shift centre(Long commune, LocalDate day, SessionPart part) {
        return shifts.week(commune, day).stream().filter(s -> s.getDate().equals(day) && s.getPart() == part
                && !s.getSite().getName().startsWith(Fixtures.TEST_SITE)).findFirst().orElseThrow();
    }

    private static LocalTime at(int hour) {
        return LocalTime.of(hour, 0);
    }

    @Test
    void candidatesComeFreeFirstThenFewestSessionsThisWeekThenThisMonthThenTheSitesLanguage() {
        Long commune = fixtures.commune(RANKED);
        String coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, commune);
        LocalDate monday = fixtures.nextMonday();
        LocalDate sameMonth = monday.getDayOfMonth() > 7 ? monday.minusDays(7) : monday.plusDays(7);
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        fixtures.shiftAt(commune, monday, at(8), at(10), an); // busy that very session
        Long binh = fixtures.member(commune, "Trần Thị Bình");
        fixtures.shiftAt(commune, monday.plusDays(1), at(8), at(10), binh);
        fixtures.shiftAt(commune, monday.plusDays(2), at(8), at(10), binh);
        Long cuong = fixtures.member(commune, "Lê Văn Cường");
        fixtures.shiftAt(commune, monday.plusDays(1), at(14), at(16), cuong);
        Long dung = fixtures.member(commune, "Phạm Văn Dũng");
        fixtures.shiftAt(commune, sameMonth, at(8), at(10), dung);
        fixtures.shiftAt(commune, sameMonth, at(14), at(16), dung);
        Long giang = fixtures.member(commune, "Võ Thị Giang");
        actAs(coordinator);
        Long jrai = catalogue.languages().stream().filter(l -> l.getCode().equals("jrai")).findFirst().orElseThrow()
                .getId();
        MemberForm speaksJrai = Fixtures.form("Ksor H'Hà");
        speaksJrai.getLanguageIds().add(jrai);
        Long ha = members.create(commune, speaksJrai).getId();
        shifts.generate(commune, monday, monday.plusDays(6));
        Shift shift = centre(commune, monday, SessionPart.MORNING);
        // the centre asks for a Jrai speaker that morning
        String staff = fixtures.account(Role.CENTRE_STAFF, commune);
        actAs(staff);
        HelperRequestForm f = new HelperRequestForm();
        f.setSiteId(requests.sitesToFileFor().get(0).getId());
        f.setFirstDay(monday);
        f.setLastDay(monday);
        f.setSessions(RequestSessions.MORNING);
        f.setHelpers(1);
        f.setReason(RequestReason.VNEID_DRIVE);
        f.setContactName("Phạm Thị Hoa");
        f.setContactPhone("0905123456");
        f.setAnswerBy(VietnamTime.now().plusDays(1));
        f.getLanguageIds().add(jrai);
        requests.file(f);
        actAs(coordinator);

        Candidates.Ranking ranking = candidates.rank(shift.getId(), null, Candidates.SHOWN);

        List<Long> mine = List.of(ha, giang, dung, cuong, binh, an);
        List<Long> order = ranking.shown().stream().map(c -> c.member().getId()).filter(mine::contains).toList();
        assertEquals(mine, order, "Hà (speaks Jrai), Giang, Dũng (2 this month), Cường (1 this week), Bình (2), An (busy)");
        Map<Long, Candidates.Candidate> by = new HashMap<>();
        ranking.shown().forEach(c -> by.put(c.member().getId(), c));
        assertFalse(by.get(an).free());
        assertTrue(by.get(giang).free());
        assertEquals(2, by.get(binh).weekSessions());
        assertEquals(2, by.get(dung).monthSessions());
        assertEquals(0, by.get(dung).weekSessions());
        assertEquals(1, by.get(ha).matches());
        assertEquals(1, by.get(ha).needs());
        assertEquals(2, ranking.freeSeats());
        // one search box: words of the name, diacritics and case ignored
        assertEquals(List.of(dung), candidates.rank(shift.getId(), "pham DUNG", Candidates.SHOWN).shown().stream()
                .map(c -> c.member().getId()).toList());
    }

    @Test
    void severalMembersAreAssignedAtOnceAndAThirdIsRefused() {
        Long commune = fixtures.commune(RANKED);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        LocalDate monday = fixtures.nextMonday();
        shifts.generate(commune, monday, monday.plusDays(6));
        Shift shift = centre(commune, monday, SessionPart.AFTERNOON);
        Long lan = fixtures.member(commune, "Đỗ Thị Lan");
        Long minh = fixtures.member(commune, "Hoàng Văn Minh");
        Long nam = fixtures.member(commune, "Bùi Văn Nam");

        InvalidInputException tooMany = assertThrows(InvalidInputException.class,
                () -> shifts.assignAll(shift.getId(), List.of(lan, minh, nam)));
        assertEquals("shift.tooMany", tooMany.getMessageKey());
        assertEquals(0, centre(commune, monday, SessionPart.AFTERNOON).getFilled(), "nothing stored");

        Shift full = shifts.assignAll(shift.getId(), List.of(lan, minh));
        assertEquals(2, full.getFilled());
        assertEquals(2, fixtures.auditCount("Assignment", shift.getId(), "CREATE"));
        assertEquals("shift.full", assertThrows(InvalidInputException.class,
                () -> shifts.assignAll(shift.getId(), List.of(nam))).getMessageKey());

        // one of two is busy in that session: neither is stored
        Shift tuesday = centre(commune, monday.plusDays(1), SessionPart.MORNING);
        fixtures.shiftAt(commune, monday.plusDays(1), at(9), at(11), minh);
        assertEquals("shift.member.busy", assertThrows(InvalidInputException.class,
                () -> shifts.assignAll(tuesday.getId(), List.of(nam, minh))).getMessageKey());
        assertEquals(0, centre(commune, monday.plusDays(1), SessionPart.MORNING).getFilled());
    }

    @Test
    void theSamePairGoesOnSeveralDaysAtOnceOrNowhere() {
        Long commune = fixtures.commune(WEEKLY);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        LocalDate monday = fixtures.nextMonday();
        shifts.generate(commune, monday, monday.plusDays(6));
        List<Long> mornings = java.util.stream.IntStream.range(0, 5)
                .mapToObj(d -> centre(commune, monday.plusDays(d), SessionPart.MORNING).getId()).toList();
        Long an = fixtures.member(commune, "Lê Văn An");
        Long binh = fixtures.member(commune, "Trần Thị Bình");
        Long chi = fixtures.member(commune, "Vũ Thị Chi");
        fixtures.shiftAt(commune, monday.plusDays(2), at(9), at(11), chi);

        InvalidInputException busy = assertThrows(InvalidInputException.class,
                () -> shifts.assignAll(mornings.subList(0, 3), List.of(an, chi)));
        assertEquals(List.of("shift.refusedOn", "shift.member.busy"),
                busy.getProblems().stream().map(InvalidInputException.Problem::messageKey).toList());
        assertEquals(monday.plusDays(2).format(VietnamTime.DATE), busy.getProblems().get(0).arguments()[0],
                "the day of the refusal");
        assertTrue(mornings.stream().allMatch(id -> shifts.week(commune, monday).stream()
                .filter(s -> s.getId().equals(id)).allMatch(s -> s.getFilled() == 0)), "nothing stored on any day");

        List<Shift> staffed = shifts.assignAll(mornings, List.of(an, binh));
        assertEquals(5, staffed.size());
        for (Shift s : shifts.week(commune, monday)) {
            if (mornings.contains(s.getId())) {
                assertEquals(2, s.getFilled(), s.getDate() + " morning");
                assertEquals(2, fixtures.auditCount("Assignment", s.getId(), "CREATE"));
            }
        }
    }

    @Test
    void theFairFillSpreadsAWeekEvenlyAndBreaksNoRule() {
        Long commune = fixtures.commune(EVEN);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        LocalDate monday = fixtures.nextMonday();
        List<Long> team = List.of(fixtures.member(commune, "Rơ Mah Thu"), fixtures.member(commune, "Siu H'Mai"),
                fixtures.member(commune, "Nay Blum"), fixtures.member(commune, "Kpă Hoa"),
                fixtures.member(commune, "Rcom H'Nga"));
        Long busy = team.get(0);
        fixtures.shiftAt(commune, monday, at(8), at(10), busy);
        shifts.generate(commune, monday, monday.plusDays(6));
        // the busy member's own shift (a site of its own) has a free seat too
        int seats = shifts.week(commune, monday).stream().mapToInt(s -> s.getSeats() - s.getFilled()).sum();

        List<FairFill.Placement> plan = fill.preview(commune, monday, null);

        assertEquals(seats, plan.size(), "every empty seat gets someone");
        assertTrue(shifts.week(commune, monday).stream().filter(s -> !s.getSite().getName().startsWith(Fixtures.TEST_SITE))
                .allMatch(s -> s.getFilled() == 0), "a preview stores nothing");
        Set<String> sessions = new HashSet<>();
        for (FairFill.Placement p : plan) {
            assertTrue(team.contains(p.memberId()));
            assertTrue(sessions.add(p.memberId() + "@" + p.date() + "@" + p.part()), "never twice in one session: " + p);
            assertFalse(p.memberId().equals(busy) && p.date().equals(monday) && p.part() == SessionPart.MORNING,
                    "not where the member is busy");
        }

        assertEquals(List.of(), fill.apply(commune, plan));

        Map<Long, Integer> perMember = new HashMap<>();
        for (Shift s : shifts.week(commune, monday)) {
            assertEquals(s.getSeats(), s.getFilled(), "full: " + s.getDate() + " " + s.getPart());
            s.getAssignments().forEach(a -> perMember.merge(a.getMember().getId(), 1, Integer::sum));
        }
        int most = perMember.values().stream().max(Integer::compare).orElseThrow();
        int fewest = team.stream().mapToInt(m -> perMember.getOrDefault(m, 0)).min().orElseThrow();
        assertTrue(most - fewest <= 1, "evenly spread, the session the busy member already had included: " + perMember);
    }

    @Test
    void aChangeBetweenPreviewAndApplyRefusesOnlyTheSeatsThatNoLongerFit() {
        Long commune = fixtures.commune(RACED);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        LocalDate monday = fixtures.nextMonday();
        fixtures.member(commune, "Lê Thị Hồng");
        fixtures.member(commune, "Trần Văn Khoa");
        fixtures.member(commune, "Ngô Thị Loan");
        shifts.generate(commune, monday, monday);
        Shift morning = centre(commune, monday, SessionPart.MORNING);
        Shift afternoon = centre(commune, monday, SessionPart.AFTERNOON);
        List<FairFill.Placement> plan = fill.preview(commune, monday, null);
        assertEquals(4, plan.size());

        // meanwhile: a seat of the morning goes to someone else, and one planned for the afternoon gets busy
        shifts.assign(morning.getId(), fixtures.member(commune, "Vũ Văn Phúc"));
        FairFill.Placement taken = plan.stream().filter(p -> p.part() == SessionPart.AFTERNOON).findFirst().orElseThrow();
        fixtures.shiftAt(commune, monday, at(14), at(16), taken.memberId());

        List<NotPlaced> left = fill.apply(commune, plan);

        assertEquals(Set.of("placement.full", "placement.busy"), Set.copyOf(left.stream().map(NotPlaced::reasonKey).toList()));
        assertEquals(2, left.size());
        assertEquals(2, centre(commune, monday, SessionPart.MORNING).getFilled());
        assertEquals(1, centre(commune, monday, SessionPart.AFTERNOON).getFilled(), "the rest is stored");
        assertTrue(centre(commune, monday, SessionPart.AFTERNOON).getAssignments().stream()
                .noneMatch(a -> a.getMember().getId().equals(taken.memberId())));
        assertEquals(afternoon.getId(), centre(commune, monday, SessionPart.AFTERNOON).getId());
    }

    @Test
    void aCommuneCoordinatorCannotRankOrFillAnotherCommune() {
        Long mine = fixtures.commune(MINE);
        Long theirs = fixtures.commune(THEIRS);
        LocalDate monday = fixtures.nextMonday();
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, theirs));
        Long theirMember = fixtures.member(theirs, "Đinh Văn Quang");
        shifts.generate(theirs, monday, monday);
        Shift theirShift = centre(theirs, monday, SessionPart.MORNING);
        List<FairFill.Placement> theirPlan = fill.preview(theirs, monday, null);

        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, mine));
        assertThrows(AccessDeniedException.class, () -> candidates.rank(theirShift.getId(), null, 10));
        assertThrows(AccessDeniedException.class, () -> fill.preview(theirs, monday, null));
        assertThrows(AccessDeniedException.class, () -> fill.apply(theirs, theirPlan));
        assertThrows(AccessDeniedException.class, () -> fill.apply(mine, theirPlan), "a plan of their shifts under my name");
        assertThrows(AccessDeniedException.class, () -> shifts.assignAll(theirShift.getId(), List.of(theirMember)));
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, theirs));
        assertEquals(0, centre(theirs, monday, SessionPart.MORNING).getFilled());
    }
}
