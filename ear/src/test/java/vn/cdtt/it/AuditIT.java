package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditEntry;
import vn.cdtt.audit.AuditFilter;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.Messages;
import vn.cdtt.common.PageRequest;
import vn.cdtt.it.support.Fixtures;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.roster.Member;
import vn.cdtt.roster.MemberForm;
import vn.cdtt.roster.MemberService;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Role;

/** Every change is in the audit log with who, when, before and after; so is every full view of a citizen ID. */
class AuditIT extends IntegrationTest {

    private static final String KBANG = "23638";

    @Inject
    MemberService members;

    @Inject
    AuditLog audit;

    @Test
    void anEditIsRecordedWithWhoAndTheStateBeforeAndAfter() {
        Long commune = fixtures.commune(KBANG);
        String coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, commune);
        actAs(coordinator);
        Member m = members.create(commune, Fixtures.form("Nguyễn Văn An"));
        MemberForm edit = MemberForm.of(m);
        String oldPhone = m.getPhone();
        String newPhone = Fixtures.uniquePhone();
        edit.setPhone(newPhone);
        members.update(m.getId(), m.getVersion(), edit);

        actAs(fixtures.account(Role.PROVINCE_COORDINATOR, null));
        AuditFilter filter = new AuditFilter();
        filter.setEntityType("Member");
        filter.setEntityId(m.getId());
        var entries = audit.search(filter, PageRequest.of(0, 10)).rows();

        assertEquals(2, entries.size());
        AuditEntry update = entries.get(0);
        assertEquals(AuditAction.UPDATE, update.getAction());
        assertEquals(coordinator, update.getActor());
        assertTrue(update.getBeforeState().contains(oldPhone), update.getBeforeState());
        assertTrue(update.getAfterState().contains(newPhone), update.getAfterState());
        assertTrue(!update.getAfterState().contains(m.getCitizenId()), "the log never holds a full citizen ID");
        assertEquals(AuditAction.CREATE, entries.get(1).getAction());
    }

    @Test
    void anEventReadsInTheReadersLanguageAndIsFoundByTheNamesItHolds() {
        Long commune = fixtures.commune(KBANG);
        String name = "Phạm Thị Thu";
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, commune));
        Member m = members.create(commune, Fixtures.form(name));

        actAs(fixtures.account(Role.PROVINCE_COORDINATOR, null));
        AuditFilter filter = new AuditFilter();
        filter.setEntityType("Member");
        filter.setEntityId(m.getId());
        filter.setText("thị thu");
        var entries = audit.search(filter, PageRequest.of(0, 10)).rows();

        assertEquals(1, entries.size(), "found by the name it holds, whatever the case");
        AuditEntry created = entries.get(0);
        assertEquals(m.getId(), created.getEntityId());
        assertEquals("Added member " + name, created.summary(Messages.ENGLISH));
        assertEquals("Thêm thành viên " + name, created.summary(Messages.VIETNAMESE));
        assertTrue(audit.entityTypes().contains("Member"), "the filter offers the record types in the log");
        assertEquals("Thành viên", Messages.get(Messages.VIETNAMESE, "audit.type." + created.getEntityType()));
    }

    @Test
    void everyFullViewOfACitizenIdIsRecorded() {
        Long commune = fixtures.commune(KBANG);
        Long member = fixtures.member(commune, "Lê Thị Hoa");
        String coordinator = fixtures.account(Role.COMMUNE_COORDINATOR, commune);
        actAs(coordinator);

        members.revealCitizenId(member);
        members.revealCitizenId(member);

        assertEquals(2, fixtures.auditCount("Member", member, "VIEW_CITIZEN_ID"));
    }

    @Test
    void onlyTheProvinceCoordinatorSearchesTheLog() {
        actAs(fixtures.account(Role.COMMUNE_COORDINATOR, fixtures.commune(KBANG)));
        assertThrows(AccessDeniedException.class, () -> audit.search(new AuditFilter(), PageRequest.of(0, 10)));
        actAs(fixtures.account(Role.VIEWER, null));
        assertThrows(AccessDeniedException.class, () -> audit.search(new AuditFilter(), PageRequest.of(0, 10)));
    }
}
