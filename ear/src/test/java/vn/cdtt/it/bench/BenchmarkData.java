package vn.cdtt.it.bench;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import vn.cdtt.allowance.AllowancePolicy;
import vn.cdtt.allowance.PolicyForm;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.Commune;
import vn.cdtt.it.support.Fixtures;
import vn.cdtt.roster.Member;
import vn.cdtt.security.Role;

/**
 * Province-scale data for the benchmark, one commune per transaction: its members (through the entity, so names
 * sort and search like real ones), a shift for every site, weekday and session of the range, and two members on
 * each (JDBC batches, as an import would). Test deployments only.
 */
@Stateless
public class BenchmarkData {

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/cdtt")
    DataSource dataSource;

    @EJB
    Fixtures fixtures;

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Rơ Mah", "Siu", "Ksor", "Đinh", "Võ", "Hồ"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Quang", "Thu", "H'"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dung", "Hà", "Khoa", "Lan", "Nam", "Phương", "Vy", "Blơng", "Hiếu"};

    /** Members, shifts and assignments of one commune; returns the members' ids. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> commune(Long communeId, int members, LocalDate from, LocalDate to) throws SQLException {
        Commune commune = em.find(Commune.class, communeId);
        List<Long> memberIds = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            long n = Fixtures.next();
            String name = FAMILY[(int) (n % FAMILY.length)] + " " + MIDDLE[(int) (n / 7 % MIDDLE.length)] + " "
                    + GIVEN[(int) (n / 3 % GIVEN.length)];
            Member m = new Member(commune, Fixtures.form(name.replace("H' ", "H'")), null, Set.of(), Set.of());
            em.persist(m);
            em.flush();
            memberIds.add(m.getId());
        }
        try (Connection c = dataSource.getConnection()) {
            List<Long> sites = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT id FROM service_site WHERE commune_id = ? AND name NOT LIKE ?")) {
                q.setLong(1, communeId);
                q.setString(2, Fixtures.TEST_SITE + "%");
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        sites.add(r.getLong(1));
                    }
                }
            }
            // shifts already there (the demo plans a few) keep their members
            Set<String> existing = new HashSet<>();
            try (PreparedStatement q = c.prepareStatement("SELECT site_id, shift_date, part FROM shift WHERE commune_id = ? "
                    + "AND shift_date BETWEEN ? AND ?")) {
                q.setLong(1, communeId);
                q.setDate(2, Date.valueOf(from));
                q.setDate(3, Date.valueOf(to));
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        existing.add(r.getLong(1) + "@" + r.getDate(2) + "@" + r.getString(3));
                    }
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO shift (province_id, commune_id, site_id, "
                    + "shift_date, part, start_time, end_time, seats, filled, version) VALUES (1, ?, ?, ?, ?, ?, ?, 2, 2, 0)")) {
                for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                    if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                        continue;
                    }
                    for (Long site : sites) {
                        for (boolean morning : new boolean[] {true, false}) {
                            if (existing.contains(site + "@" + Date.valueOf(day) + "@" + (morning ? "MORNING" : "AFTERNOON"))) {
                                continue;
                            }
                            insert.setLong(1, communeId);
                            insert.setLong(2, site);
                            insert.setDate(3, Date.valueOf(day));
                            insert.setString(4, morning ? "MORNING" : "AFTERNOON");
                            insert.setTime(5, Time.valueOf(morning ? LocalTime.of(7, 30) : LocalTime.of(13, 30)));
                            insert.setTime(6, Time.valueOf(morning ? LocalTime.of(11, 30) : LocalTime.of(17, 0)));
                            insert.addBatch();
                        }
                    }
                }
                insert.executeBatch();
            }
            Map<String, List<Long>> sessions = new LinkedHashMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT id, shift_date, part FROM shift s WHERE commune_id = ? "
                    + "AND shift_date BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.shift_id = s.id) "
                    + "ORDER BY shift_date, part, site_id")) {
                q.setLong(1, communeId);
                q.setDate(2, Date.valueOf(from));
                q.setDate(3, Date.valueOf(to));
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        sessions.computeIfAbsent(r.getDate(2) + "@" + r.getString(3), k -> new ArrayList<>()).add(r.getLong(1));
                    }
                }
            }
            try (PreparedStatement assignment = c.prepareStatement("INSERT INTO assignment (shift_id, member_id, "
                    + "assigned_by, assigned_at, presence, version) VALUES (?, ?, 'benchmark', ?, 'UNCONFIRMED', 0)");
                 PreparedStatement slot = c.prepareStatement("INSERT INTO duty_slot (member_id, slot_date, part, "
                         + "duty_kind, duty_id) VALUES (?, ?, ?, 'SHIFT', ?)")) {
                Timestamp now = Timestamp.valueOf(VietnamTime.now());
                int next = 0;
                for (Map.Entry<String, List<Long>> session : sessions.entrySet()) {
                    String[] key = session.getKey().split("@");
                    for (Long shift : session.getValue()) {
                        for (int seat = 0; seat < 2; seat++) {
                            Long member = memberIds.get(next++ % memberIds.size());
                            assignment.setLong(1, shift);
                            assignment.setLong(2, member);
                            assignment.setTimestamp(3, now);
                            assignment.addBatch();
                            slot.setLong(1, member);
                            slot.setDate(2, Date.valueOf(key[0]));
                            slot.setString(3, key[1]);
                            slot.setLong(4, shift);
                            slot.addBatch();
                        }
                    }
                }
                assignment.executeBatch();
                slot.executeBatch();
            }
        }
        return memberIds;
    }

    /** A login for a member (or, with a null member, a province coordinator); password {@link Fixtures#PASSWORD}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String account(Long memberId) {
        return memberId == null ? fixtures.account(Role.PROVINCE_COORDINATOR, null)
                : fixtures.account(Role.MEMBER, em.find(Member.class, memberId).getCommune().getId(), memberId);
    }

    /**
     * A login of a role that needs no member: province coordinator or viewer (commune null), commune coordinator, or
     * centre staff of the commune's first site; password {@link Fixtures#PASSWORD}.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String account(Role role, Long communeId) {
        return fixtures.account(role, communeId);
    }

    /**
     * Verified work to pay for the allowance benchmark: every assignment of the month's shifts before today
     * confirmed present (by the centre, as on a real day), and a province policy in force that month if none is;
     * returns the number of attended assignments.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int allowanceWork(YearMonth month) throws SQLException {
        LocalDate until = VietnamTime.today().minusDays(1);
        LocalDate last = month.atEndOfMonth().isBefore(until) ? month.atEndOfMonth() : until;
        boolean policy = !em.createQuery("SELECT p.id FROM AllowancePolicy p WHERE p.communeId IS NULL "
                        + "AND p.validFrom <= :d AND (p.validTo IS NULL OR p.validTo >= :d)", Long.class)
                .setParameter("d", month.atDay(1)).getResultList().isEmpty();
        if (!policy) {
            PolicyForm f = new PolicyForm();
            f.setValidFrom(month.atDay(1));
            f.setValidTo(month.atEndOfMonth());
            f.setBasisNumber("BENCHMARK-1/NQ-HĐND");
            f.setBasisDate(month.atDay(1).minusDays(10));
            f.setBasisIssuer("HĐND tỉnh (dữ liệu benchmark)");
            f.setDutySession(50_000L);
            f.setDutySessionProvincial(60_000L);
            f.setMemberMonthly(60_000L);
            f.setMemberMonthlyMinSessions(4);
            f.setMemberMonthCap(1_000_000L);
            em.persist(new AllowancePolicy(1L, null, f, "benchmark", VietnamTime.now()));
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement u = c.prepareStatement("UPDATE assignment SET presence = 'PRESENT', presence_by = "
                     + "'benchmark', presence_at = ? WHERE presence = 'UNCONFIRMED' AND shift_id IN (SELECT id FROM "
                     + "shift WHERE shift_date BETWEEN ? AND ?)")) {
            u.setTimestamp(1, Timestamp.valueOf(VietnamTime.now()));
            u.setDate(2, Date.valueOf(month.atDay(1)));
            u.setDate(3, Date.valueOf(last));
            return u.executeUpdate();
        }
    }

    public List<Long> communes() {
        return em.createQuery("SELECT c.id FROM Commune c ORDER BY c.id", Long.class).getResultList();
    }

    public long count(String entity) {
        return em.createQuery("SELECT COUNT(e) FROM " + entity + " e", Long.class).getSingleResult();
    }
}
