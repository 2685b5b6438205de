package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.PageRequest;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.duty.AvailabilityService;
import vn.cdtt.duty.MyShifts;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.ShiftService;
import vn.cdtt.duty.SwapRequest;
import vn.cdtt.duty.SwapService;
import vn.cdtt.duty.SwapStatus;
import vn.cdtt.it.support.Fixtures;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.it.support.WebSession;
import vn.cdtt.notification.Inbox;
import vn.cdtt.notification.Notification;
import vn.cdtt.notification.NotificationKind;
import vn.cdtt.notification.NotificationTarget;
import vn.cdtt.roster.Member;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Role;

/** Swaps and the open board: the colleague accepts, the coordinator approves, the rules are checked again. */
class SwapIT extends IntegrationTest {

    private static final String DAK_DOA = "23677";
    private static final String MANG_YANG = "23794";

    @Inject
    SwapService swaps;

    @Inject
    ShiftService shifts;

    @Inject
    MyShifts myShifts;

    @Inject
    AvailabilityService availability;

    @Inject
    Inbox inbox;

    @Inject
    HttpServletRequest request;

    private Long commune;
    private String coordinator;

    /** A morning shift of a far future Monday with the given members on it. */
    private Shift shiftWith(Long... members) {
        commune = fixtures.commune(DAK_DOA);
        coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, commune);
        actAs(coordinator);
        LocalDate monday = fixtures.nextMonday();
        shifts.generate(commune, monday, monday);
        Shift shift = shifts.week(commune, monday).stream().filter(s -> s.getPart() == SessionPart.MORNING)
                .findFirst().orElseThrow();
        for (Long m : members) {
            shifts.assign(shift.getId(), m);
        }
        return shift;
    }

    @Test
    void aHandOverFindsFreeColleaguesByAnyPartOfTheNameWithoutDiacritics() {
        Long dak = fixtures.commune(DAK_DOA);
        Long an = fixtures.member(dak, "Nguyễn Văn An");
        // names no other test of the commune uses
        Long partner = fixtures.member(dak, "Kpă Thị Hạnh Nhi");
        Long blui = fixtures.member(dak, "Rơ Chăm Thị Blúi");
        Long busy = fixtures.member(dak, "Rơ Chăm Văn Blúi");
        Shift shift = shiftWith(an, partner);
        fixtures.shiftAt(commune, shift.getDate(), LocalTime.of(7, 30), LocalTime.of(11, 30), busy);

        actAs(fixtures.account(Role.MEMBER, commune, an));
        List<Long> found = swaps.colleagues(shift.getId(), "cham blui").stream().map(Member::getId).toList();
        assertEquals(List.of(blui), found, "every word matches, diacritics ignored; a colleague busy that session is not offered");
        assertTrue(swaps.colleagues(shift.getId(), "kpa nhi").isEmpty(), "the partner already on the shift is not offered");
        assertTrue(swaps.colleagues(shift.getId(), null).size() <= SwapService.COLLEAGUES_SHOWN);
        assertTrue(swaps.colleagues(shift.getId(), "%").stream().noneMatch(m -> m.getId().equals(busy)),
                "a wildcard typed in the search is only text");
    }

    @Test
    void aColleagueAcceptsAndTheCoordinatorApprovesTheSwap() {
        Long dak = fixtures.commune(DAK_DOA);
        Long an = fixtures.member(dak, "Nguyễn Văn An");
        Long binh = fixtures.member(dak, "Trần Thị Bình");
        Long cuong = fixtures.member(dak, "Lê Văn Cường");
        Shift shift = shiftWith(an, binh);
        String anAccount = fixtures.account(Role.MEMBER, commune, an);
        String cuongAccount = fixtures.account(Role.MEMBER, commune, cuong);

        actAs(anAccount);
        SwapRequest asked = swaps.ask(shift.getId(), cuong);
        assertEquals(SwapStatus.ASKED, asked.getStatus());
        assertEquals("swap.alreadyPending", assertThrows(InvalidInputException.class,
                () -> swaps.ask(shift.getId(), null)).getMessageKey());
        assertEquals(1, fixtures.notifications(cuongAccount, NotificationKind.SWAP_REQUESTED).size());

        actAs(fixtures.account(Role.MEMBER, commune, binh));
        assertEquals("swap.notForYou", assertThrows(InvalidInputException.class,
                () -> swaps.accept(asked.getId())).getMessageKey());
        actAs(cuongAccount);
        assertEquals(SwapStatus.ACCEPTED, swaps.accept(asked.getId()).getStatus());
        assertTrue(myShifts.next().stream().noneMatch(s -> s.getId().equals(shift.getId())),
                "nothing changes before the coordinator approves");
        assertThrows(AccessDeniedException.class, () -> swaps.approve(asked.getId()));

        actAs(coordinator);
        Notification waiting = inbox.mine(PageRequest.of(0, 20)).rows().stream()
                .filter(n -> n.getKind() == NotificationKind.SWAP_ACCEPTED).findFirst().orElseThrow();
        assertEquals(NotificationTarget.board(commune, shift.getDate()), waiting.getTarget(),
                "the coordinator's notification opens the board of that commune and week");
        assertEquals(1, swaps.pendingInCommune(commune).stream().filter(r -> r.getId().equals(asked.getId())).count());
        assertEquals(SwapStatus.APPROVED, swaps.approve(asked.getId()).getStatus());

        Shift after = shifts.week(commune, shift.getDate()).stream().filter(s -> s.getId().equals(shift.getId()))
                .findFirst().orElseThrow();
        assertEquals(List.of("Lê Văn Cường", "Trần Thị Bình"), after.getAssignments().stream()
                .map(a -> a.getMember().getFullName()).sorted().toList());
        actAs(anAccount);
        assertTrue(myShifts.next().stream().noneMatch(s -> s.getId().equals(shift.getId())), "An is off the shift");
        assertEquals(1, fixtures.notifications(anAccount, NotificationKind.SWAP_DECIDED).size());
    }

    @Test
    void approvalChecksTheRulesAgainAndChangesNothingWhenOneBreaks() {
        Long dak = fixtures.commune(DAK_DOA);
        Long an = fixtures.member(dak, "Nguyễn Văn An");
        Long cuong = fixtures.member(dak, "Lê Văn Cường");
        Shift shift = shiftWith(an);
        actAs(fixtures.account(Role.MEMBER, commune, an));
        SwapRequest asked = swaps.ask(shift.getId(), cuong);
        String cuongAccount = fixtures.account(Role.MEMBER, commune, cuong);
        actAs(cuongAccount);
        swaps.accept(asked.getId());
        availability.declare(shift.getDate(), shift.getPart(), "Đi học");

        actAs(coordinator);
        assertEquals("shift.member.busy", assertThrows(InvalidInputException.class,
                () -> swaps.approve(asked.getId())).getMessageKey());
        Shift after = shifts.week(commune, shift.getDate()).stream().filter(s -> s.getId().equals(shift.getId()))
                .findFirst().orElseThrow();
        assertEquals(List.of("Nguyễn Văn An"), after.getAssignments().stream().map(a -> a.getMember().getFullName()).toList());
        assertEquals(SwapStatus.ACCEPTED, swaps.pendingInCommune(commune).stream()
                .filter(r -> r.getId().equals(asked.getId())).findFirst().orElseThrow().getStatus());
        assertEquals(SwapStatus.REJECTED, swaps.reject(asked.getId()).getStatus());
    }

    @Test
    void membersCannotSwapOnTheirOwnWithinTheCutOff() {
        Long dak = fixtures.commune(DAK_DOA);
        Long an = fixtures.member(dak, "Nguyễn Văn An");
        Long cuong = fixtures.member(dak, "Lê Văn Cường");
        LocalDateTime soon = VietnamTime.now().plusHours(3);
        java.time.LocalTime start = soon.toLocalTime().isAfter(java.time.LocalTime.of(22, 0))
                ? java.time.LocalTime.of(22, 0) : soon.toLocalTime().withNano(0);
        Long shift = fixtures.shiftAt(dak, soon.toLocalDate(), start, start.plusMinutes(90), an);

        actAs(fixtures.account(Role.MEMBER, dak, an));
        assertEquals("swap.cutoff", assertThrows(InvalidInputException.class,
                () -> swaps.ask(shift, cuong)).getMessageKey());
        assertEquals("swap.cutoff", assertThrows(InvalidInputException.class,
                () -> swaps.ask(shift, null)).getMessageKey());
    }

    @Test
    void aGiveAwayOnTheOpenBoardIsTakenByAColleague() {
        Long dak = fixtures.commune(DAK_DOA);
        Long an = fixtures.member(dak, "Nguyễn Văn An");
        Long dung = fixtures.member(dak, "Phạm Thị Dung");
        Long outsider = fixtures.member(fixtures.commune(MANG_YANG), "Đinh Văn Hùng");
        Shift shift = shiftWith(an);
        String dungAccount = fixtures.account(Role.MEMBER, commune, dung);

        actAs(fixtures.account(Role.MEMBER, commune, an));
        SwapRequest open = swaps.ask(shift.getId(), null);
        assertEquals(SwapStatus.OPEN, open.getStatus());
        assertFalse(fixtures.notifications(dungAccount, NotificationKind.OPEN_SEAT).isEmpty(), "the commune hears of it");

        actAs(fixtures.account(Role.MEMBER, fixtures.commune(MANG_YANG), outsider));
        assertTrue(swaps.openGiveAways().stream().noneMatch(r -> r.getId().equals(open.getId())));
        assertEquals("swap.notForYou", assertThrows(InvalidInputException.class,
                () -> swaps.accept(open.getId())).getMessageKey());

        actAs(dungAccount);
        assertTrue(swaps.openGiveAways().stream().anyMatch(r -> r.getId().equals(open.getId())));
        swaps.accept(open.getId());
        actAs(coordinator);
        swaps.approve(open.getId());
        actAs(dungAccount);
        assertTrue(myShifts.next().stream().anyMatch(s -> s.getId().equals(shift.getId())));
    }

    @Test
    void aGiveAwayAndAnAskShowOnTheMembersCardUntilCancelled() throws Exception {
        Long dak = fixtures.commune(DAK_DOA);
        Long an = fixtures.member(dak, "Nguyễn Văn An");
        Long binh = fixtures.member(dak, "Trần Thị Bình");
        Shift shift = shiftWith(an);
        String anAccount = fixtures.account(Role.MEMBER, commune, an);
        WebSession phone = WebSession.signIn("http://localhost:" + request.getLocalPort() + request.getContextPath()
                + "/", anAccount, Fixtures.PASSWORD);
        actAs(anAccount);

        SwapRequest open = swaps.ask(shift.getId(), null);
        assertEquals(SwapStatus.OPEN, pendingOn(shift).orElseThrow().getStatus());
        String card = phone.get("me/shifts.xhtml", Duration.ofSeconds(30)).body();
        assertTrue(card.contains("Đã nhường ca – đang chờ người nhận trên bảng ca trống"), card);
        assertTrue(card.contains("Huỷ đề nghị"), card);

        swaps.cancel(open.getId());
        assertTrue(pendingOn(shift).isEmpty());
        card = phone.get("me/shifts.xhtml", Duration.ofSeconds(30)).body();
        assertFalse(card.contains("đang chờ người nhận"), card);
        assertFalse(card.contains("Huỷ đề nghị"), card);

        SwapRequest asked = swaps.ask(shift.getId(), binh);
        assertEquals("Trần Thị Bình", pendingOn(shift).orElseThrow().getTo().getFullName());
        assertTrue(phone.get("me/shifts.xhtml", Duration.ofSeconds(30)).body().contains("Đang chờ Trần Thị Bình nhận ca"));
        swaps.cancel(asked.getId());
        assertTrue(pendingOn(shift).isEmpty());
    }

    /** My pending request on a shift, as my shift cards get it. */
    private Optional<SwapRequest> pendingOn(Shift shift) {
        return swaps.mine().stream().filter(r -> r.getShift().getId().equals(shift.getId())).findFirst();
    }

    @Test
    void membersTakeFreeSeatsOfTheirOwnCommuneAndSeeOnlyTheirOwnShifts() {
        Long dak = fixtures.commune(DAK_DOA);
        Long an = fixtures.member(dak, "Nguyễn Văn An");
        Long dung = fixtures.member(dak, "Phạm Thị Dung");
        Long outsider = fixtures.member(fixtures.commune(MANG_YANG), "Đinh Văn Hùng");
        Shift shift = shiftWith(an);

        actAs(fixtures.account(Role.MEMBER, fixtures.commune(MANG_YANG), outsider));
        assertThrows(AccessDeniedException.class, () -> swaps.takeOpenSeat(shift.getId()));

        String dungAccount = fixtures.account(Role.MEMBER, commune, dung);
        actAs(dungAccount);
        assertTrue(myShifts.next().stream().noneMatch(s -> s.getId().equals(shift.getId())), "not my shift yet");
        assertEquals(2, swaps.takeOpenSeat(shift.getId()).getFilled());
        assertTrue(myShifts.next().stream().anyMatch(s -> s.getId().equals(shift.getId())));
        assertEquals(1, fixtures.notifications(dungAccount, NotificationKind.ASSIGNED).size());
        assertEquals("shift.member.already", assertThrows(InvalidInputException.class,
                () -> swaps.takeOpenSeat(shift.getId())).getMessageKey());
    }
}
