package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.BusinessException;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.ShiftService;
import vn.cdtt.it.support.ActingCaller;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.it.support.TestClock;
import vn.cdtt.roster.MemberService;
import vn.cdtt.roster.MemberStatus;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Role;

/** Duty shifts: two members per site and session, never a third, never one member in two places. */
class DutyShiftIT extends IntegrationTest {

    private static final String KBANG = "23638";
    private static final String IA_BANG = "23710";

    @Inject
    ShiftService shifts;

    @Inject
    MemberService members;

    @Inject
    vn.cdtt.duty.MyShifts myShifts;

    @Resource
    ManagedExecutorService executor;

    private Shift mondayMorning(Long commune, LocalDate monday) {
        shifts.generate(commune, monday, monday.plusDays(6));
        return shifts.week(commune, monday).stream()
                .filter(s -> s.getDate().equals(monday) && s.getPart() == SessionPart.MORNING).findFirst().orElseThrow();
    }

    @Test
    void aWeekOfShiftsIsGeneratedFromTheOpeningSessionsOnce() {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        LocalDate monday = fixtures.nextMonday();

        assertEquals(10, shifts.generate(commune, monday, monday.plusDays(6)), "Monday to Friday, two sessions");
        assertEquals(0, shifts.generate(commune, monday, monday.plusDays(6)), "nothing twice");
        assertTrue(shifts.week(commune, monday).stream().allMatch(s -> s.getSeats() == 2));
    }

    @Test
    void noShiftsOnAPublicHoliday() {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        LocalDate nationalDay = LocalDate.of(2026, 9, 2); // seeded with the 2026 holidays
        TestClock.setNow(nationalDay.minusWeeks(2), LocalTime.of(9, 0));

        shifts.generate(commune, nationalDay.minusDays(1), nationalDay.plusDays(1));

        List<Shift> week = shifts.week(commune, nationalDay.with(DayOfWeek.MONDAY));
        assertTrue(week.stream().noneMatch(s -> s.getDate().equals(nationalDay)), "none on the holiday");
        assertTrue(week.stream().anyMatch(s -> s.getDate().equals(nationalDay.plusDays(1))), "the day after has shifts");
    }

    @Test
    void twoMembersFillAMorningShiftAndAThirdIsRefused() {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        Shift shift = mondayMorning(commune, fixtures.nextMonday());
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        Long binh = fixtures.member(commune, "Trần Thị Bình");
        Long cuong = fixtures.member(commune, "Lê Văn Cường");

        shifts.assign(shift.getId(), an);
        Shift full = shifts.assign(shift.getId(), binh);

        assertEquals(2, full.getFilled());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> shifts.assign(shift.getId(), cuong));
        assertEquals("shift.full", e.getMessageKey());
        assertEquals("shift.member.required", assertThrows(InvalidInputException.class,
                () -> shifts.assign(shift.getId(), null)).getMessageKey());
        assertEquals(2, shifts.week(commune, shift.getDate()).stream().filter(s -> s.getId().equals(shift.getId()))
                .findFirst().orElseThrow().getAssignments().size());
    }

    @Test
    void aMemberIsNeverInTwoPlacesAtOnce() {
        Long commune = fixtures.commune(KBANG);
        Long other = fixtures.commune(IA_BANG);
        LocalDate monday = fixtures.nextMonday();
        actAs(fixtures.account(Role.PROVINCE_COORDINATOR, null));
        Shift here = mondayMorning(commune, monday);
        Shift there = mondayMorning(other, monday);
        Long an = fixtures.member(commune, "Nguyễn Văn An");

        shifts.assign(here.getId(), an);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> shifts.assign(there.getId(), an));
        assertEquals("shift.member.busy", e.getMessageKey());
    }

    @Test
    void onlyActiveMembersOfTheShiftsCommuneUnlessTheProvinceAssigns() {
        Long commune = fixtures.commune(KBANG);
        Long other = fixtures.commune(IA_BANG);
        LocalDate monday = fixtures.nextMonday();
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        Shift shift = mondayMorning(commune, monday);
        Long outsider = fixtures.member(other, "Siu Thị Hoa");
        Long paused = fixtures.member(commune, "Rơ Châm Phun");
        members.changeStatus(paused, members.find(paused).getVersion(), MemberStatus.PAUSED, VietnamTime.today(), "Ốm");

        assertEquals("shift.member.otherCommune",
                assertThrows(InvalidInputException.class, () -> shifts.assign(shift.getId(), outsider)).getMessageKey());
        assertEquals("shift.member.notActive",
                assertThrows(InvalidInputException.class, () -> shifts.assign(shift.getId(), paused)).getMessageKey());

        actAs(fixtures.account(Role.PROVINCE_COORDINATOR, null));
        assertEquals(1, shifts.assign(shift.getId(), outsider).getFilled());
    }

    @Test
    void aCommuneCoordinatorCannotStaffAnotherCommunesShift() {
        Long other = fixtures.commune(IA_BANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, other));
        Shift shift = mondayMorning(other, fixtures.nextMonday());
        Long member = fixtures.member(other, "Siu Thị Hoa");

        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, fixtures.commune(KBANG)));
        assertThrows(AccessDeniedException.class, () -> shifts.assign(shift.getId(), member));
        assertThrows(AccessDeniedException.class, () -> shifts.generate(other, fixtures.nextMonday(), fixtures.nextMonday()));
        actAs(fixtures.account(Role.VIEWER, null));
        assertThrows(AccessDeniedException.class, () -> shifts.assign(shift.getId(), member));
    }

    @Test
    void aShiftInThePastCannotChange() {
        Long commune = fixtures.commune(KBANG);
        Long past = fixtures.pastShift(commune);
        Long member = fixtures.member(commune, "Nguyễn Văn An");
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));

        assertEquals("shift.past",
                assertThrows(InvalidInputException.class, () -> shifts.assign(past, member)).getMessageKey());
        assertEquals("shift.range.past", assertThrows(InvalidInputException.class,
                () -> shifts.generate(commune, VietnamTime.today().minusDays(7), VietnamTime.today())).getMessageKey());
    }

    @Test
    void manyCoordinatorsRacingForTheLastSeatLeaveExactlyOneWinner() throws Exception {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        Shift shift = mondayMorning(commune, fixtures.nextMonday());
        for (int i = 1; i < shift.getSeats(); i++) {
            shifts.assign(shift.getId(), fixtures.member(commune, "Nguyễn Văn Một" + (char) ('A' + i)));
        }
        List<String> coordinators = new ArrayList<>();
        List<Long> candidates = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            coordinators.add(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
            candidates.add(fixtures.member(commune, "Lê Văn Đua" + (char) ('A' + i)));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String coordinator = coordinators.get(i);
            Long candidate = candidates.get(i);
            results.add(executor.submit(() -> {
                ActingCaller.actAs(coordinator);
                try {
                    start.await();
                    shifts.assign(shift.getId(), candidate);
                    return "won";
                } catch (BusinessException e) {
                    return e.getMessageKey();
                } finally {
                    ActingCaller.clear();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get(60, TimeUnit.SECONDS));
        }

        assertEquals(1, outcomes.stream().filter("won"::equals).count(), outcomes.toString());
        assertTrue(outcomes.stream().filter(o -> !o.equals("won"))
                .allMatch(o -> o.equals("shift.full") || o.equals("error.concurrentChange")), outcomes.toString());
        Shift after = shifts.week(commune, shift.getDate()).stream().filter(s -> s.getId().equals(shift.getId()))
                .findFirst().orElseThrow();
        assertEquals(shift.getSeats(), after.getAssignments().size());
        assertEquals(shift.getSeats(), after.getFilled());
    }

    @Test
    void aRemovedMemberFreesTheSeatAndTheSession() {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        LocalDate monday = fixtures.nextMonday();
        Shift shift = mondayMorning(commune, monday);
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        shifts.assign(shift.getId(), an);

        assertEquals(0, shifts.unassign(shift.getId(), an).getFilled());
        assertEquals(1, shifts.assign(shift.getId(), an).getFilled());
    }

    @Test
    void aMemberSeesTheirNextShiftsWithThePartnerOnDuty() {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        Shift shift = mondayMorning(commune, fixtures.nextMonday());
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        Long binh = fixtures.member(commune, "Trần Thị Bình");
        shifts.assign(shift.getId(), an);
        shifts.assign(shift.getId(), binh);

        actAs(fixtures.account(Role.MEMBER, commune, an));
        List<Shift> mine = myShifts.next();

        Shift found = mine.stream().filter(s -> s.getId().equals(shift.getId())).findFirst().orElseThrow();
        assertTrue(found.getAssignments().stream().anyMatch(a -> a.getMember().getFullName().equals("Trần Thị Bình")));
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        assertThrows(AccessDeniedException.class, () -> myShifts.next());
    }

    @Test
    void aBusyDayGetsAThirdSeatButNeverFewerSeatsThanMembers() {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        Shift shift = mondayMorning(commune, fixtures.nextMonday());
        for (int i = 0; i < shift.getSeats(); i++) {
            shifts.assign(shift.getId(), fixtures.member(commune, "Nguyễn Văn Trực" + (char) ('A' + i)));
        }

        Shift raised = shifts.changeSeats(shift.getId(), shift.getSeats() + 1);
        assertEquals(shift.getSeats() + 1, raised.getSeats());
        shifts.assign(shift.getId(), fixtures.member(commune, "Lê Thị Thêm"));
        assertEquals("shift.seats.belowFilled", assertThrows(InvalidInputException.class,
                () -> shifts.changeSeats(shift.getId(), 1)).getMessageKey());
    }

    @Test
    void lastWeekIsCopiedAndWhoeverCannotComeIsReportedWithTheReason() {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        LocalDate lastMonday = fixtures.nextWeeks(2);
        Shift last = mondayMorning(commune, lastMonday);
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        Long binh = fixtures.member(commune, "Trần Thị Bình");
        shifts.assign(last.getId(), an);
        shifts.assign(last.getId(), binh);
        members.changeStatus(binh, members.find(binh).getVersion(), MemberStatus.PAUSED, VietnamTime.today(), "Ốm");

        var notPlaced = shifts.copyPreviousWeek(commune, lastMonday.plusWeeks(1));

        assertEquals(1, notPlaced.size());
        assertEquals("Trần Thị Bình", notPlaced.get(0).memberName());
        assertEquals("placement.notActive", notPlaced.get(0).reasonKey());
        Shift copied = shifts.week(commune, lastMonday.plusWeeks(1)).stream()
                .filter(s -> s.getDate().equals(lastMonday.plusWeeks(1)) && s.getPart() == SessionPart.MORNING)
                .findFirst().orElseThrow();
        assertEquals(List.of("Nguyễn Văn An"), copied.getAssignments().stream().map(a -> a.getMember().getFullName()).toList());
        assertEquals(0, shifts.copyPreviousWeek(commune, lastMonday.plusWeeks(1)).stream()
                .filter(n -> n.memberName().equals("Nguyễn Văn An")).count(), "copying twice places nobody twice");
    }
}
