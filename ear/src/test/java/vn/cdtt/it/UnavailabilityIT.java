package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.duty.AvailabilityService;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.ShiftService;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Role;

/** A member who says they cannot come is not assigned; coordinators see why. */
class UnavailabilityIT extends IntegrationTest {

    private static final String KBANG = "23638";

    @Inject
    AvailabilityService availability;

    @Inject
    ShiftService shifts;

    @Test
    void anUnavailableMemberCannotBeAssignedAndIsNotOffered() {
        Long commune = fixtures.commune(KBANG);
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        LocalDate monday = fixtures.nextMonday();
        String coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, commune);
        actAs(coordinator);
        shifts.generate(commune, monday, monday.plusDays(6));
        Shift morning = shifts.week(commune, monday).stream()
                .filter(s -> s.getDate().equals(monday) && s.getPart() == SessionPart.MORNING).findFirst().orElseThrow();

        actAs(fixtures.account(Role.MEMBER, commune, an));
        availability.declare(monday, SessionPart.MORNING, "Thi học kỳ");
        assertEquals(1, availability.mine().size());

        actAs(coordinator);
        assertEquals("shift.member.busy", assertThrows(InvalidInputException.class,
                () -> shifts.assign(morning.getId(), an)).getMessageKey());
        assertTrue(shifts.candidates(morning.getId(), null).stream().noneMatch(m -> m.getId().equals(an)));
        var seen = availability.commune(commune, monday);
        assertTrue(seen.stream().anyMatch(r -> r.memberName().equals("Nguyễn Văn An") && r.reason().equals("Thi học kỳ")));
    }

    @Test
    void aMemberOnDutyCannotDeclareThatSessionAndCanWithdrawADeclaration() {
        Long commune = fixtures.commune(KBANG);
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        LocalDate monday = fixtures.nextMonday();
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        shifts.generate(commune, monday, monday.plusDays(6));
        Shift afternoon = shifts.week(commune, monday).stream()
                .filter(s -> s.getDate().equals(monday) && s.getPart() == SessionPart.AFTERNOON).findFirst().orElseThrow();
        shifts.assign(afternoon.getId(), an);

        actAs(fixtures.account(Role.MEMBER, commune, an));
        assertEquals("unavailable.busy", assertThrows(InvalidInputException.class,
                () -> availability.declare(monday, SessionPart.AFTERNOON, "Bận")).getMessageKey());
        assertEquals("unavailable.reason.required", assertThrows(InvalidInputException.class,
                () -> availability.declare(monday, SessionPart.MORNING, "  ")).getMessageKey());
        var declared = availability.declare(monday, SessionPart.MORNING, "Khám bệnh");
        availability.withdraw(declared.getId());
        assertEquals(0, availability.mine().size());
        availability.declare(monday, SessionPart.MORNING, "Khám bệnh lại");
    }

    @Test
    void onlyMembersDeclareAndOnlyTheirOwn() {
        Long commune = fixtures.commune(KBANG);
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        assertThrows(AccessDeniedException.class,
                () -> availability.declare(fixtures.nextMonday(), SessionPart.MORNING, "x"));
        Long an = fixtures.member(commune, "Nguyễn Văn An");
        Long binh = fixtures.member(commune, "Trần Thị Bình");
        actAs(fixtures.account(Role.MEMBER, commune, an));
        var mine = availability.declare(fixtures.nextMonday(), SessionPart.MORNING, "Việc nhà");
        actAs(fixtures.account(Role.MEMBER, commune, binh));
        assertThrows(vn.cdtt.common.NotFoundException.class, () -> availability.withdraw(mine.getId()));
    }
}
