package vn.cdtt.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.commune.Commune;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.testing.FixedClock;
import vn.cdtt.testing.TestData;

/**
 * Attendance on one shift: when a member may check in and out, who gives the verdict and when, the citizens
 * helped, and the attended rule – confirmed present, or checked in without a verdict.
 */
class AssignmentTest {

    /** Monday 7 December 2026, afternoon shift 13:30–17:00. */
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    static final LocalDateTime START = MONDAY.atTime(13, 30);
    static final LocalDateTime END = MONDAY.atTime(17, 0);

    @RegisterExtension
    static final FixedClock CLOCK = FixedClock.at(MONDAY.minusDays(3).atTime(9, 0));

    final Commune pleiku = TestData.commune(TestData.province(52), 1, "Pleiku");
    final Shift shift = new Shift(TestData.session(TestData.site(pleiku, 10), DayOfWeek.MONDAY,
            SessionPart.AFTERNOON, LocalTime.of(13, 30), LocalTime.of(17, 0), 2), MONDAY);
    final Assignment an = shift.assign(TestData.member(pleiku, "Nguyễn Văn An"), "xa.demo", CLOCK.now());

    static void refused(String key, Executable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action);
        assertEquals(key, e.getMessageKey());
    }

    // --- check-in and check-out windows

    @Test
    void aMemberChecksInFromHalfAnHourBeforeTheStart() {
        LocalDateTime early = START.minusMinutes(30);
        assertTrue(an.canCheckIn(early));

        an.checkIn(early);

        assertEquals(early, an.getCheckedInAt());
        assertFalse(an.canCheckIn(early.plusMinutes(1)));
    }

    @Test
    void checkingInEarlierThanHalfAnHourIsRefused() {
        LocalDateTime tooEarly = START.minusMinutes(31);
        assertFalse(an.canCheckIn(tooEarly));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> an.checkIn(tooEarly));
        assertEquals("attendance.outsideWindow", e.getMessageKey());
        assertEquals(30L, e.getArguments()[0]);
        assertNull(an.getCheckedInAt());
    }

    @Test
    void aLateMemberChecksInUntilTheLastMinuteOfTheShift() {
        assertTrue(an.canCheckIn(END.minusMinutes(1)));
        assertFalse(an.canCheckIn(END));
        refused("attendance.outsideWindow", () -> an.checkIn(END));

        an.checkIn(END.minusMinutes(1));
        assertEquals(END.minusMinutes(1), an.getCheckedInAt());
    }

    @Test
    void aMemberChecksInOnlyOnce() {
        an.checkIn(START);

        refused("attendance.alreadyIn", () -> an.checkIn(START.plusMinutes(10)));
        assertEquals(START, an.getCheckedInAt());
    }

    @Test
    void aMemberMarkedAbsentCannotCheckInAfterwards() {
        an.confirm(Presence.ABSENT, "tt.demo", START.plusMinutes(15));

        assertFalse(an.canCheckIn(START.plusMinutes(20)));
        refused("attendance.markedAbsent", () -> an.checkIn(START.plusMinutes(20)));
        assertNull(an.getCheckedInAt());
    }

    @Test
    void noCheckOutWithoutCheckingIn() {
        assertFalse(an.canCheckOut(START.plusHours(1)));
        refused("attendance.notCheckedIn", () -> an.checkOut(START.plusHours(1)));
    }

    @Test
    void aMemberChecksOutUntilAnHourAfterTheEnd() {
        an.checkIn(START);
        assertTrue(an.canCheckOut(END.plusMinutes(60)));
        assertFalse(an.canCheckOut(END.plusMinutes(61)));
        refused("attendance.outsideWindow", () -> an.checkOut(END.plusMinutes(61)));

        an.checkOut(END.plusMinutes(60));

        assertEquals(END.plusMinutes(60), an.getCheckedOutAt());
    }

    @Test
    void aMemberChecksOutOnlyOnce() {
        an.checkIn(START);
        an.checkOut(END);

        assertFalse(an.canCheckOut(END.plusMinutes(5)));
        refused("attendance.alreadyOut", () -> an.checkOut(END.plusMinutes(5)));
        assertEquals(END, an.getCheckedOutAt());
    }

    // --- the verdict of the centre staff and the coordinator's correction

    @Test
    void centreStaffConfirmPresenceOnTheDayOnceTheShiftHasStarted() {
        an.confirm(Presence.PRESENT, "tt.demo", START);

        assertEquals(Presence.PRESENT, an.getPresence());
        assertEquals("tt.demo", an.getPresenceBy());
        assertEquals(START, an.getPresenceAt());
        assertNull(an.getPresenceNote());
    }

    @Test
    void centreStaffCannotConfirmBeforeTheStartNorOnAnotherDay() {
        refused("attendance.confirm.notToday", () -> an.confirm(Presence.PRESENT, "tt.demo", START.minusMinutes(1)));
        refused("attendance.confirm.notToday",
                () -> an.confirm(Presence.PRESENT, "tt.demo", MONDAY.plusDays(1).atTime(8, 0)));
        assertEquals(Presence.UNCONFIRMED, an.getPresence());
    }

    @Test
    void aVerdictIsPresentOrAbsent() {
        refused("attendance.verdict.required", () -> an.confirm(Presence.UNCONFIRMED, "tt.demo", START));
        refused("attendance.verdict.required", () -> an.confirm(null, "tt.demo", START));
        refused("attendance.verdict.required", () -> an.correct(null, "Sửa nhầm", "xa.demo", END));
        assertEquals(Presence.UNCONFIRMED, an.getPresence());
    }

    @Test
    void aCoordinatorCorrectsAttendanceWeeksLaterWithAReason() {
        LocalDateTime later = MONDAY.plusWeeks(3).atTime(10, 0);

        an.correct(Presence.PRESENT, "  Có mặt,   quên   điểm danh ", "xa.demo", later);

        assertEquals(Presence.PRESENT, an.getPresence());
        assertEquals("xa.demo", an.getPresenceBy());
        assertEquals(later, an.getPresenceAt());
        assertEquals("Có mặt, quên điểm danh", an.getPresenceNote());
    }

    @Test
    void aCorrectionNeedsAReasonOfAtMost300Characters() {
        refused("attendance.reason.required", () -> an.correct(Presence.ABSENT, "   ", "xa.demo", END));
        refused("attendance.reason.required", () -> an.correct(Presence.ABSENT, null, "xa.demo", END));
        refused("attendance.reason.tooLong", () -> an.correct(Presence.ABSENT, "x".repeat(301), "xa.demo", END));
        assertEquals(Presence.UNCONFIRMED, an.getPresence());

        an.correct(Presence.ABSENT, "x".repeat(300), "xa.demo", END);
        assertEquals(Presence.ABSENT, an.getPresence());
    }

    @Test
    void aShiftNotYetStartedCannotBeCorrected() {
        refused("attendance.notStarted", () -> an.correct(Presence.ABSENT, "Ốm", "xa.demo", START.minusMinutes(1)));
    }

    // --- the attended rule

    @Test
    void nobodyAttendedWithoutACheckInOrAVerdict() {
        assertFalse(an.attended());
    }

    @Test
    void aCheckInWithoutAVerdictCountsAsAttended() {
        an.checkIn(START);
        assertTrue(an.attended());
    }

    @Test
    void aConfirmedPresenceCountsEvenWithoutACheckIn() {
        an.confirm(Presence.PRESENT, "tt.demo", START.plusHours(1));
        assertTrue(an.attended());
    }

    @Test
    void aNoShowVerdictOutweighsTheMembersOwnCheckIn() {
        an.checkIn(START);
        an.correct(Presence.ABSENT, "Điểm danh rồi về", "xa.demo", END);
        assertFalse(an.attended());
    }

    @Test
    void aCheckedInMemberConfirmedPresentAttended() {
        an.checkIn(START);
        an.confirm(Presence.PRESENT, "tt.demo", START.plusMinutes(5));
        assertTrue(an.attended());
    }

    // --- citizens helped

    @Test
    void citizensHelpedAreCountsByServiceAndEachSaveReplacesTheLast() {
        an.logHelped(Map.of(HelpService.VNEID, 4, HelpService.KIOSK, 2), START.plusHours(1));
        an.logHelped(Map.of(HelpService.VNEID, 5, HelpService.KIOSK, 0), END);

        assertEquals(5, an.helped(HelpService.VNEID));
        assertEquals(0, an.helped(HelpService.KIOSK));
        assertEquals(Map.of(HelpService.VNEID, 5), an.getHelped());
        assertEquals(5, an.getHelpedTotal());
    }

    @Test
    void citizensHelpedAreLoggedFromTheStartUntilAWeekAfter() {
        refused("helped.notStarted", () -> an.logHelped(Map.of(HelpService.VNEID, 1), START.minusMinutes(1)));
        an.logHelped(Map.of(HelpService.VNEID, 1), MONDAY.plusDays(7).atTime(23, 59));
        refused("helped.tooLate", () -> an.logHelped(Map.of(HelpService.VNEID, 2), MONDAY.plusDays(8).atTime(0, 0)));
        assertEquals(1, an.getHelpedTotal());
    }

    @Test
    void aCountIsNeverNegativeNorAboveAThousand() {
        an.logHelped(Map.of(HelpService.OTHER, 3), END);

        refused("helped.invalid", () -> an.logHelped(Map.of(HelpService.VNEID, -1), END));
        refused("helped.invalid", () -> an.logHelped(Map.of(HelpService.VNEID, 1001), END));
        assertEquals(Map.of(HelpService.OTHER, 3), an.getHelped());
        an.logHelped(Map.of(HelpService.VNEID, 1000), END);
        assertEquals(1000, an.getHelpedTotal());
    }
}
