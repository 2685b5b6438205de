package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cdtt.account.AccountRow;
import vn.cdtt.account.AccountService;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.duty.Assignment;
import vn.cdtt.duty.MyShifts;
import vn.cdtt.duty.Shift;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.roster.Member;
import vn.cdtt.security.Role;

/**
 * Whom a member can call from a shift card: the partner on their own shift (never anyone else's), and, once the shift
 * is past the hand-over cut-off, the coordinators of their own commune who left a number on their account.
 */
class ShiftContactsIT extends IntegrationTest {

    private static final String GAO = "23611";
    private static final String CUU_AN = "23629";

    @Inject
    MyShifts myShifts;

    @Inject
    AccountService accounts;

    @Test
    void aMemberSeesTheNumbersOfTheirOwnCommunesCoordinatorsOnly() {
        Long gao = fixtures.commune(GAO);
        Long other = fixtures.commune(CUU_AN);
        Long an = fixtures.member(gao, "Nguyễn Văn An");
        String coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, gao);
        String silent = fixtures.account(Role.COMMUNE_COORDINATOR, gao);
        String elsewhere = fixtures.account(Role.COMMUNE_COORDINATOR, other);
        actAs(coordinator);
        accounts.changeOwnPhone("+84 912 345 678");
        assertEquals("0912345678", accounts.myPhone(), "stored the way members' numbers are");
        actAs(elsewhere);
        accounts.changeOwnPhone("0987654321");
        actAs(silent);
        assertNull(accounts.myPhone());

        actAs(fixtures.account(Role.MEMBER, gao, an));
        List<MyShifts.Contact> contacts = myShifts.coordinators();

        assertTrue(contacts.contains(new MyShifts.Contact("Test " + coordinator, "0912345678")), contacts.toString());
        assertTrue(contacts.stream().noneMatch(c -> c.phone().equals("0987654321")), "not another commune's: " + contacts);
        assertTrue(contacts.stream().noneMatch(c -> c.name().equals("Test " + silent)), "nobody without a number");
    }

    @Test
    void aWrongNumberIsRefusedAndTheOldOneKept() {
        Long gao = fixtures.commune(GAO);
        String coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, gao);
        actAs(coordinator);
        accounts.changeOwnPhone("0356789012");

        assertEquals("member.phone.invalid", assertThrows(InvalidInputException.class,
                () -> accounts.changeOwnPhone("012345")).getMessageKey());
        assertEquals("0356789012", accounts.myPhone());

        accounts.changeOwnPhone(" ");
        assertNull(accounts.myPhone(), "a blank number removes it");
    }

    @Test
    void theProvinceSetsACoordinatorsNumberAndTheChangeIsAudited() {
        Long gao = fixtures.commune(GAO);
        String coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, gao);
        actAs(fixtures.account(Role.PROVINCE_COORDINATOR, null));
        AccountRow row = accounts.accounts().stream().filter(r -> r.username().equals(coordinator)).findFirst()
                .orElseThrow();

        accounts.changePhone(row.id(), "0701234567");

        assertEquals("0701234567", accounts.accounts().stream().filter(r -> r.username().equals(coordinator))
                .findFirst().orElseThrow().phone());
        assertEquals(1, fixtures.auditCount("Account", row.id(), "UPDATE"));
        actAs(coordinator);
        assertThrows(RuntimeException.class, () -> accounts.changePhone(row.id(), "0701234568"),
                "only the province changes another account's number");
    }

    @Test
    void aMemberSeesThePartnerOnTheirOwnShiftButNoOneElses() {
        Long gao = fixtures.commune(GAO);
        Long an = fixtures.member(gao, "Nguyễn Văn An");
        Long binh = fixtures.member(gao, "Trần Thị Bình");
        Long chi = fixtures.member(gao, "Lê Thị Chi");
        Long dung = fixtures.member(gao, "Phạm Văn Dũng");
        LocalDate day = VietnamTime.today().plusDays(3);
        Long ours = fixtures.shiftAt(gao, day, LocalTime.of(7, 30), LocalTime.of(11, 30), an, binh);
        Long theirs = fixtures.shiftAt(gao, day, LocalTime.of(13, 30), LocalTime.of(17, 0), chi, dung);
        actAs(fixtures.account(Role.MEMBER, gao, an));

        List<Shift> next = myShifts.next();

        Shift mine = next.stream().filter(s -> s.getId().equals(ours)).findFirst().orElseThrow();
        assertTrue(mine.getAssignments().stream().map(Assignment::getMember).map(Member::getId).toList().contains(binh));
        assertTrue(mine.getAssignments().stream().map(Assignment::getMember).allMatch(m -> m.getPhone() != null));
        assertTrue(next.stream().noneMatch(s -> s.getId().equals(theirs)), "a colleague's shift is not on my cards");
        assertTrue(next.stream().flatMap(s -> s.getAssignments().stream()).map(a -> a.getMember().getId())
                .noneMatch(id -> id.equals(dung) || id.equals(chi)), "nor the numbers of those on it");
    }
}
