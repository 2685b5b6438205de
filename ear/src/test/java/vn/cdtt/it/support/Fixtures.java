package vn.cdtt.it.support;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import vn.cdtt.commune.Commune;
import vn.cdtt.roster.Gender;
import vn.cdtt.roster.Member;
import vn.cdtt.roster.MemberForm;
import vn.cdtt.roster.Team;
import vn.cdtt.security.Account;
import vn.cdtt.security.Role;

/**
 * Builds the data each test needs, directly and without the services' checks (so a test sets up what it then
 * asserts about). Unique phone numbers, citizen IDs and user names keep tests independent of each other.
 */
@Stateless
public class Fixtures {

    public static final String PASSWORD = "Test@2026x";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash hasher;

    /** A commune of Gia Lai by its statistics code (reference data). */
    public Long commune(String code) {
        return em.createQuery("SELECT c.id FROM Commune c WHERE c.code = :c", Long.class)
                .setParameter("c", code).getSingleResult();
    }

    /** A fresh commune-level account (or province-wide when communeId is null) to act as. */
    public String account(Role role, Long communeId) {
        return account(role, communeId, null);
    }

    public String account(Role role, Long communeId, Long memberId) {
        hasher.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "1024"));
        String username = role.name().toLowerCase().replace('_', '-') + "." + next();
        Account a = new Account(username, "Test " + username, hasher.generate(PASSWORD.toCharArray()), role, 1L);
        Long siteId = null;
        if (role == Role.CENTRE_STAFF) {
            siteId = em.createQuery("SELECT s.id FROM ServiceSite s WHERE s.commune.id = :c", Long.class)
                    .setParameter("c", communeId).setMaxResults(1).getSingleResult();
        }
        a.scopeTo(communeId, siteId, memberId);
        em.persist(a);
        return username;
    }

    /** A valid form with a unique phone and citizen ID. */
    public static MemberForm form(String fullName) {
        long n = next();
        MemberForm f = new MemberForm();
        f.setFullName(fullName);
        f.setBirthDate(LocalDate.of(2000, 1 + (int) (n % 12), 1 + (int) (n % 28)));
        f.setGender(n % 2 == 0 ? Gender.MALE : Gender.FEMALE);
        f.setEthnicity("Kinh");
        f.setPhone(uniquePhone());
        f.setCitizenId(uniqueCitizenId());
        f.setYouthUnion(true);
        f.setJoinedOn(LocalDate.of(2026, 1, 5));
        return f;
    }

    public static String uniquePhone() {
        return "09" + String.format("%08d", ThreadLocalRandom.current().nextLong(100_000_000L));
    }

    public static String uniqueCitizenId() {
        return String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }

    public Long member(Long communeId, String fullName) {
        Commune c = em.find(Commune.class, communeId);
        Member m = new Member(c, form(fullName), null, Set.of(), Set.of());
        em.persist(m);
        em.flush();
        return m.getId();
    }

    public Long team(Long communeId, String name) {
        Team t = new Team(em.find(Commune.class, communeId), name + " " + next(), null);
        em.persist(t);
        em.flush();
        return t.getId();
    }

    /** A shift of the commune's site on a Monday in the past (shifts cannot be generated for past days). */
    public Long pastShift(Long communeId) {
        vn.cdtt.commune.SiteSession monday = em.createQuery("SELECT s FROM SiteSession s WHERE s.site.commune.id = :c "
                        + "AND s.dayOfWeek = 1 AND s.part = vn.cdtt.commune.SessionPart.MORNING", vn.cdtt.commune.SiteSession.class)
                .setParameter("c", communeId).setMaxResults(1).getSingleResult();
        LocalDate day = LocalDate.now().minusWeeks(1 + ThreadLocalRandom.current().nextInt(5000)).with(java.time.DayOfWeek.MONDAY);
        vn.cdtt.duty.Shift shift = new vn.cdtt.duty.Shift(monday, day);
        em.persist(shift);
        em.flush();
        return shift.getId();
    }

    public long auditCount(String entityType, Long entityId, String action) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.entityType = :t AND e.entityId = :id "
                        + "AND e.action = vn.cdtt.audit.AuditAction." + action, Long.class)
                .setParameter("t", entityType).setParameter("id", entityId).getSingleResult();
    }

    public long memberCount() {
        return em.createQuery("SELECT COUNT(m) FROM Member m", Long.class).getSingleResult();
    }

    public static long next() {
        return SEQUENCE.incrementAndGet();
    }
}
