package vn.cdtt.dashboard;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.cdtt.commune.CommuneType;
import vn.cdtt.common.VietnameseText;
import vn.cdtt.duty.CommuneCoverage;
import vn.cdtt.duty.CoverageService;
import vn.cdtt.duty.HelpService;

/**
 * Counts {@link WeekFigures} in the database with grouped queries: a fixed number of statements whatever the number
 * of communes or weeks (no query per commune). It checks no caller: the services that call it (the dashboard, the
 * weekly report, later the ratings and the API) check the role and commune scope first; the weekly report's timer
 * has no caller.
 */
@Stateless
public class Figures {

    /** The attended rule of {@link vn.cdtt.duty.Assignment#attendedIn(String)}, in SQL. */
    static final String ATTENDED = "(a.presence = 'PRESENT' OR (a.presence = 'UNCONFIRMED' AND a.checked_in_at IS NOT NULL))";

    @PersistenceContext
    EntityManager em;

    @Inject
    CoverageService coverage;

    /** A commune of the province, for lists and filters (sorted by name as Vietnamese reads it). */
    public record CommuneName(Long id, CommuneType type, String name) implements java.io.Serializable {
        public String label() {
            return type.fullName(name);
        }
    }

    /** A week of the province: every commune's figures (by name) and their total. */
    public record ProvinceWeek(LocalDate monday, List<WeekFigures> communes, WeekFigures total)
            implements java.io.Serializable {
        public WeekFigures of(Long communeId) {
            return communes.stream().filter(c -> c.communeId().equals(communeId)).findFirst().orElse(null);
        }
    }

    /** Trainings held and participants of one target group (a session for two groups counts under both). */
    public record GroupFigures(Long communeId, String groupVi, String groupEn, int sessions, int participants)
            implements java.io.Serializable {
    }

    /** The province's communes (or the one asked for), by name. One query. */
    public List<CommuneName> communes(Long provinceId, Long onlyCommune) {
        Query q = em.createNativeQuery("SELECT id, type, name FROM commune WHERE province_id = ?1"
                + (onlyCommune == null ? "" : " AND id = ?2"));
        q.setParameter(1, provinceId);
        if (onlyCommune != null) {
            q.setParameter(2, onlyCommune);
        }
        List<CommuneName> result = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            result.add(new CommuneName(((Number) r[0]).longValue(), CommuneType.valueOf((String) r[1]), (String) r[2]));
        }
        result.sort(Comparator.comparing(c -> VietnameseText.sortKey(c.name())));
        return result;
    }

    /**
     * The week of {@code anyDay} per commune of the province (or only {@code onlyCommune}) with the total:
     * eleven statements (five of them the seat coverage).
     */
    public ProvinceWeek week(Long provinceId, LocalDate anyDay, Long onlyCommune) {
        LocalDate monday = anyDay.with(DayOfWeek.MONDAY);
        Map<Object, WeekFigures.Sum> counts = count(provinceId, onlyCommune, monday, monday.plusDays(6), false);
        Map<Long, CommuneCoverage> seats = new HashMap<>();
        for (CommuneCoverage c : coverage.weekOf(provinceId, monday, onlyCommune)) {
            seats.put(c.communeId(), c);
        }
        List<WeekFigures> communes = new ArrayList<>();
        WeekFigures.Sum total = new WeekFigures.Sum();
        for (CommuneName c : communes(provinceId, onlyCommune)) {
            WeekFigures.Sum n = counts.getOrDefault(c.id(), new WeekFigures.Sum());
            CommuneCoverage cc = seats.get(c.id());
            WeekFigures f = cc == null ? n.figures(c.id(), c.label(), monday)
                    : n.figures(c.id(), c.label(), monday, cc.required(), cc.filled());
            communes.add(f);
            total.add(f);
        }
        return new ProvinceWeek(monday, communes, total.figures(null, null, monday));
    }

    /**
     * The {@code weeks} weeks up to the week of {@code lastDay}, oldest first, each the total of the province (or
     * of one commune). Seats required are those of planned shifts here. Six statements for all the weeks.
     */
    public List<WeekFigures> trend(Long provinceId, Long onlyCommune, LocalDate lastDay, int weeks) {
        LocalDate lastMonday = lastDay.with(DayOfWeek.MONDAY);
        LocalDate first = lastMonday.minusWeeks(weeks - 1L);
        Map<Object, WeekFigures.Sum> byDay = count(provinceId, onlyCommune, first, lastMonday.plusDays(6), true);
        Map<LocalDate, WeekFigures.Sum> byWeek = new LinkedHashMap<>();
        for (int i = 0; i < weeks; i++) {
            byWeek.put(first.plusWeeks(i), new WeekFigures.Sum());
        }
        byDay.forEach((day, n) -> byWeek.get(((LocalDate) day).with(DayOfWeek.MONDAY))
                .add(n.figures(onlyCommune, null, (LocalDate) day)));
        List<WeekFigures> result = new ArrayList<>();
        byWeek.forEach((monday, n) -> result.add(n.figures(onlyCommune, null, monday)));
        return result;
    }

    /** Trainings held in the week by target group, per commune (line per commune and group). One statement. */
    public List<GroupFigures> groups(Long provinceId, LocalDate anyDay, Long onlyCommune) {
        LocalDate monday = anyDay.with(DayOfWeek.MONDAY);
        Query q = em.createNativeQuery("SELECT t.commune_id, g.name_vi, g.name_en, COUNT(*), SUM(t.participants) "
                + "FROM training_session t JOIN training_session_group x ON x.session_id = t.id "
                + "JOIN target_group g ON g.id = x.group_id WHERE t.status = 'HELD' AND t.province_id = ?1 "
                + "AND t.session_date BETWEEN ?2 AND ?3" + (onlyCommune == null ? "" : " AND t.commune_id = ?4")
                + " GROUP BY t.commune_id, g.id, g.name_vi, g.name_en ORDER BY t.commune_id, g.id");
        bind(q, provinceId, monday, monday.plusDays(6), onlyCommune);
        List<GroupFigures> result = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            result.add(new GroupFigures(((Number) r[0]).longValue(), (String) r[1], (String) r[2], n(r[3]), n(r[4])));
        }
        return result;
    }

    /** Five grouped statements: shifts, assignments, citizens helped, trainings, helper requests. */
    private Map<Object, WeekFigures.Sum> count(Long provinceId, Long onlyCommune, LocalDate from, LocalDate to, boolean byDay) {
        Map<Object, WeekFigures.Sum> counts = new HashMap<>();
        String shiftKey = byDay ? "s.shift_date" : "s.commune_id";
        String commune = onlyCommune == null ? "" : " AND s.commune_id = ?4";
        Function<Object, WeekFigures.Sum> at = key -> counts.computeIfAbsent(key(key), k -> new WeekFigures.Sum());

        for (Object[] r : rows("SELECT " + shiftKey + ", COUNT(*), SUM(s.seats), SUM(s.filled) FROM shift s "
                + "WHERE s.province_id = ?1 AND s.shift_date BETWEEN ?2 AND ?3" + commune + " GROUP BY " + shiftKey,
                provinceId, from, to, onlyCommune)) {
            WeekFigures.Sum c = at.apply(r[0]);
            c.shifts += n(r[1]);
            c.seatsRequired += n(r[2]);
            c.seatsFilled += n(r[3]);
        }
        for (Object[] r : rows("SELECT " + shiftKey + ", COUNT(*), SUM(CASE WHEN " + ATTENDED + " THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN a.presence = 'ABSENT' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN a.checked_in_at IS NOT NULL THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN a.helper_request_id IS NOT NULL THEN 1 ELSE 0 END) "
                + "FROM assignment a JOIN shift s ON s.id = a.shift_id "
                + "WHERE s.province_id = ?1 AND s.shift_date BETWEEN ?2 AND ?3" + commune + " GROUP BY " + shiftKey,
                provinceId, from, to, onlyCommune)) {
            WeekFigures.Sum c = at.apply(r[0]);
            c.assigned += n(r[1]);
            c.attended += n(r[2]);
            c.noShows += n(r[3]);
            c.checkedIn += n(r[4]);
            c.helperSeats += n(r[5]);
        }
        for (Object[] r : rows("SELECT " + shiftKey + ", h.service, SUM(h.helped) FROM citizens_helped h "
                + "JOIN assignment a ON a.id = h.assignment_id JOIN shift s ON s.id = a.shift_id "
                + "WHERE s.province_id = ?1 AND s.shift_date BETWEEN ?2 AND ?3" + commune
                + " GROUP BY " + shiftKey + ", h.service", provinceId, from, to, onlyCommune)) {
            at.apply(r[0]).helped[HelpService.valueOf((String) r[1]).ordinal()] += n(r[2]);
        }
        String trainingKey = byDay ? "t.session_date" : "t.commune_id";
        for (Object[] r : rows("SELECT " + trainingKey + ", COUNT(*), SUM(t.participants) FROM training_session t "
                + "WHERE t.status = 'HELD' AND t.province_id = ?1 AND t.session_date BETWEEN ?2 AND ?3"
                + (onlyCommune == null ? "" : " AND t.commune_id = ?4") + " GROUP BY " + trainingKey,
                provinceId, from, to, onlyCommune)) {
            WeekFigures.Sum c = at.apply(r[0]);
            c.trainings += n(r[1]);
            c.participants += n(r[2]);
        }
        String requestKey = byDay ? "r.first_day" : "r.commune_id";
        for (Object[] r : rows("SELECT " + requestKey + ", COUNT(*), "
                + "SUM(CASE WHEN r.state IN ('NEW', 'ACCEPTED', 'FILLING') THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN r.state IN ('FILLED', 'DONE') THEN 1 ELSE 0 END) FROM helper_request r "
                + "WHERE r.state <> 'CANCELLED' AND r.province_id = ?1 AND r.first_day BETWEEN ?2 AND ?3"
                + (onlyCommune == null ? "" : " AND r.commune_id = ?4") + " GROUP BY " + requestKey,
                provinceId, from, to, onlyCommune)) {
            WeekFigures.Sum c = at.apply(r[0]);
            c.requests += n(r[1]);
            c.requestsOpen += n(r[2]);
            c.requestsFilled += n(r[3]);
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Long provinceId, LocalDate from, LocalDate to, Long onlyCommune) {
        Query q = em.createNativeQuery(sql);
        bind(q, provinceId, from, to, onlyCommune);
        return q.getResultList();
    }

    private static void bind(Query q, Long provinceId, LocalDate from, LocalDate to, Long onlyCommune) {
        q.setParameter(1, provinceId).setParameter(2, from).setParameter(3, to);
        if (onlyCommune != null) {
            q.setParameter(4, onlyCommune);
        }
    }

    /** A group key as the driver returns it: a commune id as Long, a day as LocalDate. */
    private static Object key(Object raw) {
        if (raw instanceof Date d) {
            return d.toLocalDate();
        }
        if (raw instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        if (raw instanceof Number n) {
            return n.longValue();
        }
        return raw;
    }

    static int n(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
