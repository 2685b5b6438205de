package vn.cdtt.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.commune.Commune;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.roster.Member;
import vn.cdtt.testing.FixedClock;
import vn.cdtt.testing.TestData;

/**
 * Swaps and give-aways: who may ask whom and until when, and every transition of a request – allowed ones move it
 * on, refused ones leave it as it was.
 */
class SwapRequestTest {

    /** Monday 7 December 2026, morning shift 07:30–11:30; members hand over until 12 hours before. */
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    static final LocalDateTime START = MONDAY.atTime(7, 30);
    static final Duration CUTOFF = Duration.ofHours(12);

    @RegisterExtension
    static final FixedClock CLOCK = FixedClock.at(MONDAY.minusDays(2).atTime(9, 0));

    final LocalDateTime now = CLOCK.now();
    final Commune pleiku = TestData.commune(TestData.province(52), 1, "Pleiku");
    final Commune quyNhon = TestData.commune(pleiku.getProvince(), 2, "Quy Nhơn");
    final Shift shift = new Shift(TestData.session(TestData.site(pleiku, 10), DayOfWeek.MONDAY, SessionPart.MORNING,
            LocalTime.of(7, 30), LocalTime.of(11, 30), 2), MONDAY);

    final Member an = TestData.member(pleiku, "Nguyễn Văn An");
    final Member binh = TestData.member(pleiku, "Trần Thị Bình");
    final Member chi = TestData.member(pleiku, "Lê Minh Chi");
    final Member dung = TestData.member(pleiku, "Võ Văn Dũng");
    final Member fromQuyNhon = TestData.member(quyNhon, "Đặng Thị Giang");
    final Member paused = TestData.pausedMember(pleiku, "Phạm Thu Hà");

    {
        shift.assign(an, "xa.demo", now);
        shift.assign(binh, "xa.demo", now);
    }

    static void refused(String key, Executable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action);
        assertEquals(key, e.getMessageKey());
    }

    SwapRequest askChi() {
        return new SwapRequest(shift, an, chi, now, CUTOFF);
    }

    SwapRequest giveAway() {
        return new SwapRequest(shift, an, null, now, CUTOFF);
    }

    /** A request brought into the given state the way users get it there. */
    SwapRequest in(SwapStatus status) {
        SwapRequest r = status == SwapStatus.OPEN ? giveAway() : askChi();
        switch (status) {
            case ASKED, OPEN -> { }
            case ACCEPTED -> r.accept(chi, now, CUTOFF);
            case APPROVED -> {
                r.accept(chi, now, CUTOFF);
                r.approve("xa.demo", now);
            }
            case DECLINED -> r.decline(chi, now);
            case REJECTED -> r.reject("xa.demo", now);
            case CANCELLED -> r.cancel(an, now);
        }
        assertEquals(status, r.getStatus());
        return r;
    }

    // --- asking

    @Test
    void aMemberAsksANamedColleague() {
        SwapRequest r = askChi();

        assertEquals(SwapStatus.ASKED, r.getStatus());
        assertEquals(an, r.getFrom());
        assertEquals(chi, r.getTo());
        assertEquals(1L, r.getCommuneId());
        assertEquals(now, r.getCreatedAt());
        assertTrue(r.getStatus().isPending());
    }

    @Test
    void aGiveAwayGoesToTheCommunesOpenBoard() {
        SwapRequest r = giveAway();

        assertEquals(SwapStatus.OPEN, r.getStatus());
        assertNull(r.getTo());
    }

    @Test
    void onlyAMemberOnTheShiftCanHandItOver() {
        refused("swap.notYours", () -> new SwapRequest(shift, chi, dung, now, CUTOFF));
    }

    @Test
    void theColleagueIsNotOnTheShiftAlready() {
        refused("swap.colleague.onShift", () -> new SwapRequest(shift, an, binh, now, CUTOFF));
        refused("swap.colleague.onShift", () -> new SwapRequest(shift, an, an, now, CUTOFF));
    }

    @Test
    void theColleagueIsAnActiveMemberOfTheShiftsCommune() {
        refused("swap.colleague.invalid", () -> new SwapRequest(shift, an, fromQuyNhon, now, CUTOFF));
        refused("swap.colleague.invalid", () -> new SwapRequest(shift, an, paused, now, CUTOFF));
    }

    @Test
    void membersHandOverUntilTheCutOffBeforeTheShift() {
        LocalDateTime lastChance = START.minus(CUTOFF).minusMinutes(1);
        assertTrue(SwapRequest.allowed(shift, lastChance, CUTOFF));
        assertFalse(SwapRequest.allowed(shift, START.minus(CUTOFF), CUTOFF));

        assertEquals(SwapStatus.ASKED, new SwapRequest(shift, an, chi, lastChance, CUTOFF).getStatus());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new SwapRequest(shift, an, chi, START.minus(CUTOFF), CUTOFF));
        assertEquals("swap.cutoff", e.getMessageKey());
        assertEquals(12L, e.getArguments()[0]);
    }

    @Test
    void aStartedShiftIsNeverHandedOver() {
        refused("shift.past", () -> new SwapRequest(shift, an, chi, START, CUTOFF));
        refused("shift.past", () -> new SwapRequest(shift, an, null, START.plusHours(1), Duration.ZERO));
    }

    @Test
    void theColleagueCannotAcceptWithinTheCutOff() {
        SwapRequest r = askChi();

        refused("swap.cutoff", () -> r.accept(chi, START.minusHours(11), CUTOFF));
        assertEquals(SwapStatus.ASKED, r.getStatus());
    }

    // --- from ASKED

    @Test
    void theNamedColleagueAccepts() {
        SwapRequest r = askChi();
        r.accept(chi, now.plusHours(1), CUTOFF);

        assertEquals(SwapStatus.ACCEPTED, r.getStatus());
        assertEquals(chi, r.getTo());
        assertTrue(r.getStatus().isPending());
    }

    @Test
    void onlyTheNamedColleagueAnswersARequest() {
        SwapRequest r = askChi();

        refused("swap.notForYou", () -> r.accept(dung, now, CUTOFF));
        refused("swap.notPending", () -> r.decline(dung, now));
        assertEquals(SwapStatus.ASKED, r.getStatus());
        assertEquals(chi, r.getTo());
    }

    @Test
    void theNamedColleagueDeclines() {
        SwapRequest r = askChi();
        r.decline(chi, now);

        assertEquals(SwapStatus.DECLINED, r.getStatus());
        assertFalse(r.getStatus().isPending());
    }

    @Test
    void theRequesterCancelsAndNobodyElseCan() {
        SwapRequest r = askChi();
        refused("swap.notPending", () -> r.cancel(chi, now));
        assertEquals(SwapStatus.ASKED, r.getStatus());

        r.cancel(an, now);
        assertEquals(SwapStatus.CANCELLED, r.getStatus());
    }

    @Test
    void theCoordinatorApprovesOnlyWhatAColleagueAccepted() {
        SwapRequest asked = askChi();
        SwapRequest open = giveAway();

        refused("swap.notAccepted", () -> asked.approve("xa.demo", now));
        refused("swap.notAccepted", () -> open.approve("xa.demo", now));
        assertEquals(SwapStatus.ASKED, asked.getStatus());
        assertEquals(SwapStatus.OPEN, open.getStatus());
        assertNull(asked.getDecidedBy());
    }

    @ParameterizedTest
    @EnumSource(value = SwapStatus.class, names = {"ASKED", "OPEN", "ACCEPTED"})
    void theCoordinatorRejectsAnyPendingRequest(SwapStatus pending) {
        SwapRequest r = in(pending);
        r.reject("xa.demo", now.plusHours(2));

        assertEquals(SwapStatus.REJECTED, r.getStatus());
        assertEquals("xa.demo", r.getDecidedBy());
        assertEquals(now.plusHours(2), r.getDecidedAt());
    }

    @ParameterizedTest
    @EnumSource(value = SwapStatus.class, names = {"ASKED", "OPEN", "ACCEPTED"})
    void theRequesterCancelsAnyPendingRequest(SwapStatus pending) {
        SwapRequest r = in(pending);
        r.cancel(an, now);

        assertEquals(SwapStatus.CANCELLED, r.getStatus());
    }

    // --- from OPEN

    @Test
    void aColleagueOfTheCommuneTakesAGiveAway() {
        SwapRequest r = giveAway();
        r.accept(dung, now, CUTOFF);

        assertEquals(SwapStatus.ACCEPTED, r.getStatus());
        assertEquals(dung, r.getTo());
    }

    @Test
    void aGiveAwayIsNotTakenByTheGiverNorByOutsiders() {
        SwapRequest r = giveAway();

        refused("swap.notForYou", () -> r.accept(an, now, CUTOFF));
        refused("swap.notForYou", () -> r.accept(fromQuyNhon, now, CUTOFF));
        refused("swap.notForYou", () -> r.accept(paused, now, CUTOFF));
        assertEquals(SwapStatus.OPEN, r.getStatus());
        assertNull(r.getTo());
    }

    @Test
    void aGiveAwayCannotBeDeclined() {
        SwapRequest r = giveAway();

        refused("swap.notPending", () -> r.decline(chi, now));
        assertEquals(SwapStatus.OPEN, r.getStatus());
    }

    // --- from ACCEPTED

    @Test
    void theCoordinatorApprovesAnAcceptedSwap() {
        SwapRequest r = in(SwapStatus.ACCEPTED);
        r.approve("xa.demo", now.plusHours(3));

        assertEquals(SwapStatus.APPROVED, r.getStatus());
        assertEquals("xa.demo", r.getDecidedBy());
        assertEquals(now.plusHours(3), r.getDecidedAt());
        assertFalse(r.getStatus().isPending());
    }

    @Test
    void anAcceptedSwapIsNotAnsweredAgain() {
        SwapRequest r = in(SwapStatus.ACCEPTED);

        refused("swap.notPending", () -> r.accept(chi, now, CUTOFF));
        refused("swap.notPending", () -> r.decline(chi, now));
        assertEquals(SwapStatus.ACCEPTED, r.getStatus());
    }

    // --- final states

    @ParameterizedTest
    @EnumSource(value = SwapStatus.class, names = {"APPROVED", "DECLINED", "REJECTED", "CANCELLED"})
    void aClosedRequestRefusesEveryStep(SwapStatus closed) {
        SwapRequest r = in(closed);
        String decidedBy = r.getDecidedBy();

        refused("swap.notPending", () -> r.accept(chi, now, CUTOFF));
        refused("swap.notPending", () -> r.decline(chi, now));
        refused("swap.notPending", () -> r.cancel(an, now));
        refused("swap.notAccepted", () -> r.approve("xa.demo", now));
        refused("swap.notPending", () -> r.reject("xa.demo", now));
        assertEquals(closed, r.getStatus());
        assertEquals(decidedBy, r.getDecidedBy());
    }

    // --- the system's withdrawal when the shift or the member's place goes away

    @ParameterizedTest
    @EnumSource(value = SwapStatus.class, names = {"ASKED", "OPEN", "ACCEPTED"})
    void aPendingRequestIsWithdrawnWhenItsShiftGoesAway(SwapStatus pending) {
        SwapRequest r = in(pending);
        r.withdrawBySystem("xa.demo", now);

        assertEquals(SwapStatus.CANCELLED, r.getStatus());
        assertEquals("xa.demo", r.getDecidedBy());
    }

    @ParameterizedTest
    @EnumSource(value = SwapStatus.class, names = {"APPROVED", "DECLINED", "REJECTED", "CANCELLED"})
    void aClosedRequestStaysAsItWasWhenItsShiftGoesAway(SwapStatus closed) {
        SwapRequest r = in(closed);
        r.withdrawBySystem("system", now.plusDays(1));

        assertEquals(closed, r.getStatus());
        assertFalse("system".equals(r.getDecidedBy()));
    }

    @ParameterizedTest
    @EnumSource(SwapStatus.class)
    void onlyAskedOpenAndAcceptedRequestsArePending(SwapStatus status) {
        assertEquals(EnumSet.of(SwapStatus.ASKED, SwapStatus.OPEN, SwapStatus.ACCEPTED).contains(status),
                status.isPending());
    }
}
