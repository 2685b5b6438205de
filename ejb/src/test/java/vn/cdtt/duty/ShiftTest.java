package vn.cdtt.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.commune.Commune;
import vn.cdtt.commune.ServiceSite;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.commune.SiteSession;
import vn.cdtt.roster.Member;
import vn.cdtt.testing.FixedClock;
import vn.cdtt.testing.TestData;

/** The seats of a shift and its frozen past: the rules {@link Shift} guards itself. */
class ShiftTest {

    /** Monday 7 December 2026, the morning shift 07:30–11:30 with two seats. */
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    static final LocalDateTime START = MONDAY.atTime(7, 30);

    @RegisterExtension
    static final FixedClock CLOCK = FixedClock.at(MONDAY.minusDays(3).atTime(9, 0));

    final Commune pleiku = TestData.commune(TestData.province(52), 1, "Pleiku");
    final ServiceSite centre = TestData.site(pleiku, 10);
    final SiteSession mondayMorning = TestData.session(centre, DayOfWeek.MONDAY, SessionPart.MORNING,
            LocalTime.of(7, 30), LocalTime.of(11, 30), 2);
    final LocalDateTime before = CLOCK.now();

    final Member an = TestData.member(pleiku, "Nguyễn Văn An");
    final Member binh = TestData.member(pleiku, "Trần Thị Bình");
    final Member chi = TestData.member(pleiku, "Lê Minh Chi");

    Shift shift() {
        return new Shift(mondayMorning, MONDAY);
    }

    static void refused(String key, Executable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action);
        assertEquals(key, e.getMessageKey());
    }

    @Test
    void aShiftTakesTheHoursAndSeatsOfItsSession() {
        Shift s = shift();

        assertEquals(START, s.start());
        assertEquals(MONDAY.atTime(11, 30), s.end());
        assertEquals(240, s.minutes());
        assertEquals(SessionPart.MORNING, s.getPart());
        assertEquals(2, s.getSeats());
        assertEquals(0, s.getFilled());
        assertEquals(1L, s.getCommuneId());
        assertEquals(52L, s.getProvinceId());
    }

    @Test
    void aMondaySessionMakesNoShiftOnATuesday() {
        assertThrows(IllegalArgumentException.class, () -> new Shift(mondayMorning, MONDAY.plusDays(1)));
    }

    @Test
    void twoMembersFillAMorningShift() {
        Shift s = shift();
        Assignment first = s.assign(an, "xa.demo", before);
        s.assign(binh, "xa.demo", before);

        assertEquals(2, s.getFilled());
        assertFalse(s.hasFreeSeat());
        assertEquals(List.of(an, binh), s.getAssignments().stream().map(Assignment::getMember).toList());
        assertEquals("xa.demo", first.getAssignedBy());
        assertEquals(before, first.getAssignedAt());
        assertEquals(first, s.assignmentOf(an).orElseThrow());
    }

    @Test
    void aThirdMemberIsRefused() {
        Shift s = shift();
        s.assign(an, "xa.demo", before);
        s.assign(binh, "xa.demo", before);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> s.assign(chi, "xa.demo", before));
        assertEquals("shift.full", e.getMessageKey());
        assertEquals(2, e.getArguments()[0]);
        assertEquals(2, s.getFilled());
        assertTrue(s.assignmentOf(chi).isEmpty());
    }

    @Test
    void nobodyIsOnAShiftTwice() {
        Shift s = shift();
        s.assign(an, "xa.demo", before);

        refused("shift.member.already", () -> s.assign(an, "xa.demo", before));
        assertEquals(1, s.getFilled());
    }

    @Test
    void aMemberWhoPausedIsNotAssigned() {
        Shift s = shift();
        Member paused = TestData.pausedMember(pleiku, "Phạm Thu Hà");

        refused("shift.member.notActive", () -> s.assign(paused, "xa.demo", before));
        assertEquals(0, s.getFilled());
    }

    @Test
    void aRemovedMemberFreesTheSeat() {
        Shift s = shift();
        s.assign(an, "xa.demo", before);
        s.assign(binh, "xa.demo", before);

        Assignment removed = s.unassign(an, before);

        assertEquals(an, removed.getMember());
        assertEquals(1, s.getFilled());
        assertTrue(s.hasFreeSeat());
        s.assign(chi, "xa.demo", before);
        assertEquals(2, s.getFilled());
    }

    @Test
    void someoneNotOnTheShiftCannotBeRemoved() {
        Shift s = shift();
        s.assign(an, "xa.demo", before);

        refused("shift.member.notOnShift", () -> s.unassign(binh, before));
        assertEquals(1, s.getFilled());
    }

    @Test
    void aBusyShiftGetsAThirdSeat() {
        Shift s = shift();
        s.assign(an, "xa.demo", before);
        s.assign(binh, "xa.demo", before);

        s.changeSeats(3, before);
        s.assign(chi, "xa.demo", before);

        assertEquals(3, s.getSeats());
        assertEquals(3, s.getFilled());
    }

    @Test
    void seatsNeverGoBelowTheMembersOnTheShift() {
        Shift s = shift();
        s.assign(an, "xa.demo", before);
        s.assign(binh, "xa.demo", before);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> s.changeSeats(1, before));
        assertEquals("shift.seats.belowFilled", e.getMessageKey());
        assertEquals(2, e.getArguments()[0]);
        assertEquals(2, s.getSeats());
    }

    @Test
    void anEmptyShiftCanShrinkToOneSeat() {
        Shift s = shift();
        s.changeSeats(1, before);
        s.assign(an, "xa.demo", before);

        assertEquals(1, s.getSeats());
        refused("shift.full", () -> s.assign(binh, "xa.demo", before));
    }

    @Test
    void aShiftHasOneToTwentySeats() {
        Shift s = shift();

        refused("site.session.seatsInvalid", () -> s.changeSeats(0, before));
        refused("site.session.seatsInvalid", () -> s.changeSeats(21, before));
        assertEquals(2, s.getSeats());
        s.changeSeats(20, before);
        assertEquals(20, s.getSeats());
    }

    @Test
    void aShiftChangesUntilTheMinuteItStarts() {
        Shift s = shift();
        LocalDateTime lastMinute = START.minusMinutes(1);

        s.assign(an, "xa.demo", lastMinute);
        s.changeSeats(3, lastMinute);
        s.unassign(an, lastMinute);

        assertFalse(s.hasStarted(lastMinute));
        assertTrue(s.hasStarted(START));
    }

    @Test
    void aStartedShiftTakesNoOneMore() {
        Shift s = shift();

        refused("shift.past", () -> s.assign(an, "xa.demo", START));
        refused("shift.past", () -> s.assign(an, "xa.demo", MONDAY.plusDays(1).atTime(8, 0)));
        assertEquals(0, s.getFilled());
    }

    @Test
    void aStartedShiftLosesNoOne() {
        Shift s = shift();
        s.assign(an, "xa.demo", before);

        refused("shift.past", () -> s.unassign(an, START.plusMinutes(5)));
        assertEquals(1, s.getFilled());
    }

    @Test
    void aStartedShiftCannotChangeItsSeats() {
        Shift s = shift();

        refused("shift.past", () -> s.changeSeats(3, START));
        refused("shift.past", () -> s.changeSeats(1, START.plusHours(8)));
        assertEquals(2, s.getSeats());
    }
}
