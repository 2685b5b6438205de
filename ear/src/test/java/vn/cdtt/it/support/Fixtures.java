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
    /** Sites the tests add start with this name; the reference data has none. */
    public static final String TEST_SITE = "Điểm thử ";
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
        Long siteId = null;
        if (role == Role.CENTRE_STAFF) {
            siteId = em.createQuery("SELECT s.id FROM ServiceSite s WHERE s.commune.id = :c ORDER BY s.id", Long.class)
                    .setParameter("c", communeId).setMaxResults(1).getSingleResult();
        }
        return account(role, communeId, memberId, siteId);
    }

    /** A centre staff account of one site. */
    public String staffOf(Long siteId) {
        Long communeId = em.createQuery("SELECT s.commune.id FROM ServiceSite s WHERE s.id = :s", Long.class)
                .setParameter("s", siteId).getSingleResult();
        return account(Role.CENTRE_STAFF, communeId, null, siteId);
    }

    private String account(Role role, Long communeId, Long memberId, Long siteId) {
        hasher.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "1024"));
        String username = role.name().toLowerCase().replace('_', '-') + "." + next();
        Account a = new Account(username, "Test " + username, hasher.generate(PASSWORD.toCharArray()), role, 1L);
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

    /** A member with an e-mail address, for notification tests. */
    public Long memberWithEmail(Long communeId, String fullName, String email) {
        Commune c = em.find(Commune.class, communeId);
        MemberForm f = form(fullName);
        f.setEmail(email);
        Member m = new Member(c, f, null, Set.of(), Set.of());
        em.persist(m);
        em.flush();
        return m.getId();
    }

    /**
     * A shift of a new site of the commune (so no other test shares it) that started ten minutes ago and lasts two
     * hours (within today), with the given members on it – a shift the services would no longer let anyone staff.
     */
    public Long shiftNow(Long communeId, Long... memberIds) {
        java.time.LocalDateTime now = vn.cdtt.common.VietnamTime.now();
        java.time.LocalTime start = now.minusMinutes(10).toLocalDate().equals(now.toLocalDate())
                ? now.toLocalTime().minusMinutes(10).withNano(0) : java.time.LocalTime.MIDNIGHT;
        java.time.LocalTime end = now.toLocalTime().isAfter(java.time.LocalTime.of(21, 0))
                ? java.time.LocalTime.of(23, 59, 59) : now.toLocalTime().plusHours(2).withNano(0);
        return shiftAt(communeId, now.toLocalDate(), start, end, memberIds);
    }

    /** A shift of a new site of the commune on any day and hours (past or future), with the given members on it. */
    public Long shiftAt(Long communeId, LocalDate day, java.time.LocalTime start, java.time.LocalTime end,
                        Long... memberIds) {
        String name = TEST_SITE + next();
        em.createNativeQuery("INSERT INTO service_site (province_id, commune_id, kind, name, address, version) "
                + "VALUES (1, ?, 'COMMUNE_CENTRE', ?, 'Số 1 đường Thử, " + name + "', 0)")
                .setParameter(1, communeId).setParameter(2, name).executeUpdate();
        Long siteId = em.createQuery("SELECT s.id FROM ServiceSite s WHERE s.name = :n", Long.class)
                .setParameter("n", name).getSingleResult();
        String part = start.isBefore(java.time.LocalTime.NOON) ? "MORNING" : "AFTERNOON";
        em.createNativeQuery("INSERT INTO shift (province_id, commune_id, site_id, shift_date, part, start_time, end_time, "
                + "seats, filled, version) VALUES (1, ?, ?, ?, ?, ?, ?, 2, ?, 0)").setParameter(1, communeId)
                .setParameter(2, siteId).setParameter(3, java.sql.Date.valueOf(day)).setParameter(4, part)
                .setParameter(5, java.sql.Time.valueOf(start)).setParameter(6, java.sql.Time.valueOf(end))
                .setParameter(7, memberIds.length).executeUpdate();
        Long shiftId = em.createQuery("SELECT s.id FROM Shift s WHERE s.site.id = :s", Long.class)
                .setParameter("s", siteId).getSingleResult();
        for (Long m : memberIds) {
            em.createNativeQuery("INSERT INTO assignment (shift_id, member_id, assigned_by, assigned_at, presence, version) "
                    + "VALUES (?, ?, 'fixture', ?, 'UNCONFIRMED', 0)").setParameter(1, shiftId).setParameter(2, m)
                    .setParameter(3, java.sql.Timestamp.valueOf(vn.cdtt.common.VietnamTime.now())).executeUpdate();
            em.createNativeQuery("INSERT INTO duty_slot (member_id, slot_date, part, duty_kind, duty_id) "
                    + "VALUES (?, ?, ?, 'SHIFT', ?)").setParameter(1, m).setParameter(2, java.sql.Date.valueOf(day))
                    .setParameter(3, part).setParameter(4, shiftId).executeUpdate();
        }
        return shiftId;
    }

    /** The assignment of a member on a shift. */
    public Long assignment(Long shiftId, Long memberId) {
        return em.createQuery("SELECT a.id FROM Assignment a WHERE a.shift.id = :s AND a.member.id = :m", Long.class)
                .setParameter("s", shiftId).setParameter("m", memberId).getSingleResult();
    }

    public Long siteOf(Long shiftId) {
        return em.createQuery("SELECT s.site.id FROM Shift s WHERE s.id = :s", Long.class)
                .setParameter("s", shiftId).getSingleResult();
    }

    /** Notifications of a member's account of a kind (inbox), newest first. */
    public java.util.List<String> notifications(String username, vn.cdtt.notification.NotificationKind kind) {
        return em.createQuery("SELECT n.message FROM Notification n, Account a WHERE n.accountId = a.id AND "
                        + "a.username = :u AND n.kind = :k ORDER BY n.id DESC", String.class)
                .setParameter("u", username).setParameter("k", kind).getResultList();
    }

    /** Mails to an address in the outbox. */
    public java.util.List<vn.cdtt.notification.OutboxMail> mailsTo(String address) {
        return em.createQuery("SELECT m FROM OutboxMail m WHERE m.recipient = :r ORDER BY m.id", 
                        vn.cdtt.notification.OutboxMail.class).setParameter("r", address).getResultList();
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

    /**
     * The first free number for {@link ImportFiles}: above every 07…/08… phone stored so far, rounded up to a
     * multiple of 100,000 (a file is at most 10,000 rows), so no import file of any run collides with an earlier one.
     */
    public long nextImportBase() {
        long highest = -1;
        for (String prefix : new String[] {"07", "08"}) {
            String max = em.createQuery("SELECT MAX(m.phone) FROM Member m WHERE m.phone LIKE :p", String.class)
                    .setParameter("p", prefix + "%").getSingleResult();
            if (max != null) {
                highest = Math.max(highest, Long.parseLong(max.substring(2)));
            }
        }
        return (highest / 100_000 + 1) * 100_000;
    }
}
