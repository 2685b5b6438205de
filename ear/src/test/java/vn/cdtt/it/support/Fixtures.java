package vn.cdtt.it.support;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.account.Account;
import vn.cdtt.commune.Commune;
import vn.cdtt.commune.ServiceSite;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.commune.SiteKind;
import vn.cdtt.commune.SiteSession;
import vn.cdtt.duty.Assignment;
import vn.cdtt.duty.DutyKind;
import vn.cdtt.duty.DutySlots;
import vn.cdtt.duty.Presence;
import vn.cdtt.duty.Shift;
import vn.cdtt.roster.Gender;
import vn.cdtt.roster.Member;
import vn.cdtt.roster.MemberForm;
import vn.cdtt.roster.Team;
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
    /**
     * Numbers for unique names, phones and citizen IDs. It starts from the run's start (in seconds, not the test
     * clock) so that a database kept from an earlier run holds none of them; tests never depend on its value.
     */
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() / 1000 % 10_000_000L * 10);
    private static final AtomicLong WEEKS = new AtomicLong();
    private static LocalDate firstMonday;

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash hasher;

    @Inject
    DutySlots slots;

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

    /** The id of the account with this login. */
    public Long accountId(String username) {
        return em.createQuery("SELECT a.id FROM Account a WHERE a.username = :u", Long.class)
                .setParameter("u", username).getSingleResult();
    }

    /** The password hash stored for a login ("algorithm:iterations:salt:hash"). */
    public String passwordHash(String username) {
        return em.createQuery("SELECT a.passwordHash FROM Account a WHERE a.username = :u", String.class)
                .setParameter("u", username).getSingleResult();
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

    /** A mobile number no other fixture of this run has used. */
    public static String uniquePhone() {
        return "09" + String.format("%08d", next() % 100_000_000L);
    }

    /** A citizen ID (CCCD) no other fixture of this run has used. */
    public static String uniqueCitizenId() {
        return String.format("%012d", next());
    }

    public Long member(Long communeId, String fullName) {
        Commune c = em.find(Commune.class, communeId);
        Member m = new Member(c, form(fullName), null, Set.of(), Set.of());
        em.persist(m);
        em.flush();
        return m.getId();
    }

    /** A member who speaks the given languages (catalogue codes: "vi", "jrai", …). */
    public Long memberSpeaking(Long communeId, String fullName, String... languageCodes) {
        Commune c = em.find(Commune.class, communeId);
        java.util.List<vn.cdtt.roster.SpokenLanguage> languages = em.createQuery(
                        "SELECT l FROM SpokenLanguage l WHERE l.code IN :c", vn.cdtt.roster.SpokenLanguage.class)
                .setParameter("c", java.util.List.of(languageCodes)).getResultList();
        Member m = new Member(c, form(fullName), null, Set.of(), new java.util.HashSet<>(languages));
        em.persist(m);
        em.flush();
        return m.getId();
    }

    /** The member declares a session unavailable (as on their phone), taking its duty slot. */
    public void unavailable(Long memberId, LocalDate day, SessionPart part, String reason) {
        Member m = em.find(Member.class, memberId);
        vn.cdtt.duty.Unavailability u = new vn.cdtt.duty.Unavailability(memberId, m.getCommune().getId(), day, part,
                reason, VietnamTime.now());
        em.persist(u);
        em.flush();
        slots.take(memberId, day, part, DutyKind.UNAVAILABLE, u.getId(), "unavailable.busy");
        em.flush();
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
        LocalDateTime now = VietnamTime.now();
        LocalTime start = now.minusMinutes(10).toLocalDate().equals(now.toLocalDate())
                ? now.toLocalTime().minusMinutes(10).withNano(0) : LocalTime.MIDNIGHT;
        LocalTime end = now.toLocalTime().isAfter(LocalTime.of(21, 0))
                ? LocalTime.of(23, 59, 59) : now.toLocalTime().plusHours(2).withNano(0);
        return shiftAt(communeId, now.toLocalDate(), start, end, memberIds);
    }

    /**
     * A shift of a new site of the commune on any day and hours (past or future), with the given members on it,
     * built through the entities as a coordinator would have built it before the shift started. The site opens for
     * that one shift only, so no other test's week gets shifts from it.
     */
    public Long shiftAt(Long communeId, LocalDate day, LocalTime start, LocalTime end, Long... memberIds) {
        ServiceSite site = site(communeId);
        SessionPart part = start.isBefore(LocalTime.NOON) ? SessionPart.MORNING : SessionPart.AFTERNOON;
        SiteSession session = site.open(day.getDayOfWeek(), part, start, end, SiteSession.DEFAULT_SEATS);
        em.flush();
        Shift shift = new Shift(session, day);
        em.persist(shift);
        site.close(day.getDayOfWeek(), part);
        LocalDateTime plannedAt = LocalDateTime.of(day, start).minusDays(1);
        for (Long m : memberIds) {
            shift.assign(em.find(Member.class, m), "fixture", plannedAt);
        }
        em.flush();
        for (Long m : memberIds) {
            slots.take(m, day, part, DutyKind.SHIFT, shift.getId(), "shift.member.busy", m);
        }
        em.flush();
        return shift.getId();
    }

    /** A morning shift on a past day with the member on it, marked present by a coordinator's correction. */
    public Long attendedShift(Long communeId, LocalDate day, Long memberId) {
        Long shift = shiftAt(communeId, day, LocalTime.of(7, 30), LocalTime.of(11, 30), memberId);
        em.find(Assignment.class, assignment(shift, memberId)).correct(Presence.PRESENT, "Xác nhận theo sổ trực",
                "fixture", VietnamTime.now());
        em.flush();
        return shift;
    }

    /** The commune's own centre (its first site). */
    public Long centreOf(Long communeId) {
        return em.createQuery("SELECT s.id FROM ServiceSite s WHERE s.commune.id = :c ORDER BY s.id", Long.class)
                .setParameter("c", communeId).setMaxResults(1).getSingleResult();
    }

    /**
     * The shift of a site's weekly session on a future day, planned a week ahead with the given members – the usual
     * duty a helper request then adds seats to.
     */
    public Long plannedShift(Long siteId, LocalDate day, SessionPart part, Long... memberIds) {
        ServiceSite site = em.find(ServiceSite.class, siteId);
        SiteSession session = site.getSessions().stream()
                .filter(s -> s.getDayOfWeek() == day.getDayOfWeek() && s.getPart() == part).findFirst().orElseThrow();
        Shift shift = new Shift(session, day);
        em.persist(shift);
        for (Long m : memberIds) {
            shift.assign(em.find(Member.class, m), "fixture", day.atStartOfDay().minusDays(7));
        }
        em.flush();
        for (Long m : memberIds) {
            slots.take(m, day, part, DutyKind.SHIFT, shift.getId(), "shift.member.busy", m);
        }
        em.flush();
        return shift.getId();
    }

    /** A new service site of the commune, with no opening session yet: no other test shares it. */
    public ServiceSite site(Long communeId) {
        String name = TEST_SITE + next();
        ServiceSite site = new ServiceSite(em.find(Commune.class, communeId), SiteKind.COMMUNE_CENTRE, name,
                "Số 1 đường Thử, " + name);
        em.persist(site);
        return site;
    }

    /** A new site of the commune open Monday to Friday, 07:30–11:30 and 13:30–17:00, with the default seats. */
    public Long openSite(Long communeId) {
        ServiceSite site = site(communeId);
        for (DayOfWeek day : java.util.EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            site.open(day, SessionPart.MORNING, LocalTime.of(7, 30), LocalTime.of(11, 30), SiteSession.DEFAULT_SEATS);
            site.open(day, SessionPart.AFTERNOON, LocalTime.of(13, 30), LocalTime.of(17, 0), SiteSession.DEFAULT_SEATS);
        }
        em.flush();
        return site.getId();
    }

    /**
     * A Monday no other test of this run has had, after the suite's "now" and after every shift already stored (so
     * a database reused from an earlier run does not collide either).
     */
    public LocalDate nextMonday() {
        return nextWeeks(1);
    }

    /** The first Monday of {@code weeks} consecutive weeks that belong to the calling test alone. */
    public LocalDate nextWeeks(int weeks) {
        synchronized (WEEKS) {
            if (firstMonday == null) {
                LocalDate after = VietnamTime.today().plusWeeks(2);
                LocalDate latest = em.createQuery("SELECT MAX(s.date) FROM Shift s", LocalDate.class).getSingleResult();
                if (latest != null && latest.isAfter(after)) {
                    after = latest.plusWeeks(1);
                }
                firstMonday = after.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            }
            return firstMonday.plusWeeks(WEEKS.getAndAdd(weeks));
        }
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

    /**
     * {@code count} unread notifications of a cancelled shift at "Điểm <n>" in an account's inbox, one a minute
     * before {@code newest} (the last is the newest), each leading to the member's shifts.
     */
    public void inbox(String username, int count, java.time.LocalDateTime newest) {
        Long account = em.createQuery("SELECT a.id FROM Account a WHERE a.username = :u", Long.class)
                .setParameter("u", username).getSingleResult();
        for (int i = 1; i <= count; i++) {
            em.persist(new vn.cdtt.notification.Notification(account, vn.cdtt.notification.NotificationKind.SHIFT_CANCELLED,
                    vn.cdtt.notification.Notification.textOf(vn.cdtt.notification.NotificationKind.SHIFT_CANCELLED,
                            "Điểm " + i, "01/12/2026", "Buổi sáng"),
                    java.util.Locale.forLanguageTag("vi"), vn.cdtt.notification.NotificationTarget.MY_SHIFTS, null,
                    newest.minusMinutes(count - i)));
        }
        em.flush();
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

    /** A Monday-morning shift, three weeks before the suite's "now", of a new site of the commune. */
    public Long pastShift(Long communeId) {
        ServiceSite site = site(communeId);
        SiteSession monday = site.open(DayOfWeek.MONDAY, SessionPart.MORNING, LocalTime.of(7, 30),
                LocalTime.of(11, 30), SiteSession.DEFAULT_SEATS);
        em.flush();
        Shift shift = new Shift(monday, VietnamTime.today().minusWeeks(3).with(DayOfWeek.MONDAY));
        em.persist(shift);
        site.close(DayOfWeek.MONDAY, SessionPart.MORNING);
        em.flush();
        return shift.getId();
    }

    public long auditCount(String entityType, Long entityId, String action) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.entityType = :t AND e.entityId = :id "
                        + "AND e.action = vn.cdtt.audit.AuditAction." + action, Long.class)
                .setParameter("t", entityType).setParameter("id", entityId).getSingleResult();
    }

    /**
     * Inserts a copy of an allowance line, pay key and all, into another statement: what the database's unique key
     * must refuse, whatever the code does.
     */
    public void copyAllowanceLine(Long lineId, Long statementId) {
        em.createNativeQuery("INSERT INTO allowance_line (statement_id, member_id, component, funding, pay_key, work_key, "
                        + "work_date, work_month, rate, amount, adjustment) SELECT ?, member_id, component, funding, "
                        + "pay_key, work_key, work_date, work_month, rate, amount, adjustment FROM allowance_line WHERE id = ?")
                .setParameter(1, statementId).setParameter(2, lineId).executeUpdate();
    }

    /** The shifts of a commune's sites from {@code from} to {@code to}. */
    public long shiftCount(Long communeId, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT COUNT(s) FROM Shift s WHERE s.communeId = :c AND s.date BETWEEN :f AND :t",
                Long.class).setParameter("c", communeId).setParameter("f", from).setParameter("t", to).getSingleResult();
    }

    /** The shifts of every commune from {@code from} to {@code to}. */
    public long shiftCount(LocalDate from, LocalDate to) {
        return em.createQuery("SELECT COUNT(s) FROM Shift s WHERE s.date BETWEEN :f AND :t", Long.class)
                .setParameter("f", from).setParameter("t", to).getSingleResult();
    }

    /** Commune id → its active members, every commune of the province that has any. */
    public Map<Long, Long> activeMembersByCommune() {
        Map<Long, Long> counts = new java.util.HashMap<>();
        em.createQuery("SELECT m.commune.id, COUNT(m) FROM Member m WHERE m.status = vn.cdtt.roster.MemberStatus.ACTIVE "
                + "GROUP BY m.commune.id", Object[].class).getResultList()
                .forEach(r -> counts.put((Long) r[0], ((Number) r[1]).longValue()));
        return counts;
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
