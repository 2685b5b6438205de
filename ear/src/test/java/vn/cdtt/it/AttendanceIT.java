package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.duty.Assignment;
import vn.cdtt.duty.AttendanceService;
import vn.cdtt.duty.HelpService;
import vn.cdtt.duty.MyShifts;
import vn.cdtt.duty.Presence;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.ShiftService;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Role;

/**
 * Attendance, the source of truth for allowances: members check in and out on the day, centre staff confirm at
 * their own site, coordinators correct with a reason; citizens helped are counts only.
 */
class AttendanceIT extends IntegrationTest {

    private static final String AN_KHE = "23617";
    private static final String CHU_SE = "23941";

    @Inject
    AttendanceService attendance;

    @Inject
    MyShifts myShifts;

    @Inject
    ShiftService shifts;

    @Test
    void aMemberChecksInAndOutOnTheirPhoneDuringTheShift() {
        Long commune = fixtures.commune(AN_KHE);
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        Long shift = fixtures.shiftNow(commune, an);
        actAs(fixtures.account(Role.MEMBER, commune, an));

        Assignment in = attendance.checkIn(fixtures.assignment(shift, an));
        assertNotNull(in.getCheckedInAt());
        assertEquals("attendance.alreadyIn", assertThrows(InvalidInputException.class,
                () -> attendance.checkIn(fixtures.assignment(shift, an))).getMessageKey());
        assertNotNull(attendance.checkOut(fixtures.assignment(shift, an)).getCheckedOutAt());

        MyShifts.Month month = myShifts.month();
        assertTrue(month.attended() >= 1, "the checked-in shift counts as attended");
        assertTrue(month.minutes() > 0);
        assertTrue(myShifts.past().stream().noneMatch(a -> a.getShift().getId().equals(shift)),
                "a shift under way is among the next shifts, not the past ones");
        assertTrue(myShifts.next().stream().anyMatch(s -> s.getId().equals(shift)));
    }

    @Test
    void thisMonthsHoursCountAShiftConfirmedPresentOrCheckedInWithoutAVerdict() {
        Long commune = fixtures.commune(AN_KHE);
        Long checkedIn = fixtures.member(commune, "Nguyễn Văn An");
        Long confirmed = fixtures.member(commune, "Trần Thị Bình");
        Long noShow = fixtures.member(commune, "Lê Văn Cường");
        Long silent = fixtures.member(commune, "Phạm Thị Dung");
        Long first = fixtures.shiftNow(commune, checkedIn, confirmed);
        Long second = fixtures.shiftNow(commune, noShow, silent);
        Map<Long, String> accounts = new HashMap<>();
        for (Long m : List.of(checkedIn, confirmed, noShow, silent)) {
            accounts.put(m, fixtures.account(Role.MEMBER, commune, m));
        }
        actAs(accounts.get(checkedIn));
        attendance.checkIn(fixtures.assignment(first, checkedIn));
        actAs(accounts.get(noShow));
        attendance.checkIn(fixtures.assignment(second, noShow));
        actAs(fixtures.staffOf(fixtures.siteOf(first)));
        attendance.confirm(fixtures.assignment(first, confirmed), Presence.PRESENT);
        actAs(fixtures.staffOf(fixtures.siteOf(second)));
        attendance.confirm(fixtures.assignment(second, noShow), Presence.ABSENT);

        Map<Long, Boolean> expected = Map.of(checkedIn, true, confirmed, true, noShow, false, silent, false);
        expected.forEach((member, attended) -> {
            actAs(accounts.get(member));
            MyShifts.Month month = myShifts.month();
            assertEquals(1, month.planned());
            assertEquals(attended ? 1 : 0, month.attended(), "attended (query) for member " + member);
            assertEquals(attended, month.minutes() > 0);
        });
        for (Long shift : List.of(first, second)) {
            actAs(fixtures.staffOf(fixtures.siteOf(shift)));
            List<Assignment> onShift = attendance.siteToday().stream().filter(s -> s.getId().equals(shift))
                    .flatMap(s -> s.getAssignments().stream()).toList();
            assertEquals(2, onShift.size());
            onShift.forEach(a -> assertEquals(expected.get(a.getMember().getId()), a.attended(),
                    "attended (Java) agrees with the query for " + a.getMember().getFullName()));
        }
    }

    @Test
    void noCheckInBeforeTheWindowNorForSomeoneElse() {
        Long commune = fixtures.commune(AN_KHE);
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        Long binh = fixtures.member(commune, "Trần Thị Bình");
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        LocalDate monday = fixtures.nextMonday();
        shifts.generate(commune, monday, monday);
        Shift future = shifts.week(commune, monday).stream().filter(s -> s.getPart() == SessionPart.MORNING)
                .findFirst().orElseThrow();
        shifts.assign(future.getId(), an);
        Long today = fixtures.shiftNow(commune, binh);

        actAs(fixtures.account(Role.MEMBER, commune, an));
        assertEquals("attendance.outsideWindow", assertThrows(InvalidInputException.class,
                () -> attendance.checkIn(fixtures.assignment(future.getId(), an))).getMessageKey());
        assertThrows(NotFoundException.class, () -> attendance.checkIn(fixtures.assignment(today, binh)));
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        assertThrows(AccessDeniedException.class, () -> attendance.checkIn(fixtures.assignment(today, binh)));
    }

    @Test
    void centreStaffConfirmPresenceAndMarkANoShowAtTheirOwnSiteOnly() {
        Long commune = fixtures.commune(AN_KHE);
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        Long binh = fixtures.member(commune, "Trần Thị Bình");
        Long shift = fixtures.shiftNow(commune, an, binh);
        String staff = fixtures.staffOf(fixtures.siteOf(shift));
        String otherStaff = fixtures.staffOf(fixtures.siteOf(fixtures.shiftNow(commune)));

        actAs(staff);
        assertTrue(attendance.siteToday().stream().anyMatch(s -> s.getId().equals(shift)));
        assertEquals(Presence.PRESENT, attendance.confirm(fixtures.assignment(shift, an), Presence.PRESENT).getPresence());
        assertEquals(Presence.ABSENT, attendance.confirm(fixtures.assignment(shift, binh), Presence.ABSENT).getPresence());
        assertEquals(1, fixtures.auditCount("Assignment", fixtures.assignment(shift, binh), "UPDATE"));

        actAs(otherStaff);
        assertTrue(attendance.siteToday().stream().noneMatch(s -> s.getId().equals(shift)), "another site's duty is not shown");
        assertThrows(AccessDeniedException.class, () -> attendance.confirm(fixtures.assignment(shift, an), Presence.ABSENT));

        actAs(fixtures.account(Role.MEMBER, commune, binh));
        assertEquals("attendance.markedAbsent", assertThrows(InvalidInputException.class,
                () -> attendance.checkIn(fixtures.assignment(shift, binh))).getMessageKey());
    }

    @Test
    void aCoordinatorCorrectsAttendanceOnlyWithAReasonAndOnlyInTheirCommune() {
        Long commune = fixtures.commune(AN_KHE);
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        Long shift = fixtures.shiftAt(commune, VietnamTime.today().minusDays(3), java.time.LocalTime.of(7, 30),
                java.time.LocalTime.of(11, 30), an);
        Long assignment = fixtures.assignment(shift, an);

        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, fixtures.commune(CHU_SE)));
        assertThrows(AccessDeniedException.class, () -> attendance.correct(assignment, Presence.PRESENT, "Có mặt"));

        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        assertEquals("attendance.reason.required", assertThrows(InvalidInputException.class,
                () -> attendance.correct(assignment, Presence.PRESENT, "  ")).getMessageKey());
        Assignment corrected = attendance.correct(assignment, Presence.PRESENT, "Trung tâm xác nhận qua điện thoại");
        assertEquals(Presence.PRESENT, corrected.getPresence());
        assertEquals("Trung tâm xác nhận qua điện thoại", corrected.getPresenceNote());
        assertEquals(1, fixtures.auditCount("Assignment", assignment, "UPDATE"));

        actAs(fixtures.staffOf(fixtures.siteOf(shift)));
        assertThrows(InvalidInputException.class, () -> attendance.confirm(assignment, Presence.ABSENT),
                "centre staff confirm only on the day");
    }

    @Test
    void citizensHelpedAreCountsByServiceNeverNegative() {
        Long commune = fixtures.commune(AN_KHE);
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        Long shift = fixtures.shiftAt(commune, VietnamTime.today().minusDays(1), java.time.LocalTime.of(13, 30),
                java.time.LocalTime.of(17, 0), an);
        Long assignment = fixtures.assignment(shift, an);
        actAs(fixtures.account(Role.MEMBER, commune, an));

        Map<HelpService, Integer> wrong = new EnumMap<>(HelpService.class);
        wrong.put(HelpService.VNEID, 5);
        wrong.put(HelpService.KIOSK, -1);
        assertEquals("helped.invalid", assertThrows(InvalidInputException.class,
                () -> attendance.logHelped(assignment, wrong)).getMessageKey());
        assertTrue(myShifts.past().stream().filter(a -> a.getId().equals(assignment)).findFirst().orElseThrow()
                .getHelped().isEmpty(), "nothing stored from a refused form");

        Map<HelpService, Integer> counts = new EnumMap<>(HelpService.class);
        counts.put(HelpService.VNEID, 7);
        counts.put(HelpService.ONLINE_FILING, 3);
        Assignment logged = attendance.logHelped(assignment, counts);
        assertEquals(7, logged.helped(HelpService.VNEID));
        assertEquals(10, logged.getHelpedTotal());
        assertNull(logged.getHelped().get(HelpService.OTHER));
    }
}
