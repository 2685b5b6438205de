package vn.cdtt.autoroster;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cdtt.duty.Assignment;
import vn.cdtt.duty.DutyKind;
import vn.cdtt.duty.DutySlot;
import vn.cdtt.duty.Shift;
import vn.cdtt.duty.SiteCalendar;
import vn.cdtt.roster.Member;
import vn.cdtt.roster.SpokenLanguage;

/**
 * Builds the solver's problem for a commune or the whole province over a period, in a fixed number of queries
 * whatever the size: the shifts with their members, the shifts the period calls for that do not exist yet (planned
 * in memory – nothing is written before the proposal is applied), the members who may be planned, their other duties
 * (duty slots, over whole weeks so the weekly limit counts every shift), their attended shifts and their preferences.
 * Callers have checked who may plan what.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class RosterProblems {

    /** Languages that are not an ethnic-minority language of a commune. */
    private static final Set<String> NOT_MINORITY = Set.of("vi", "khac");
    /** A minority language is wanted in every session when at least this share of the commune's members speak it. */
    private static final double LANGUAGE_SHARE = 0.2;

    @PersistenceContext
    EntityManager em;

    @Inject
    SiteCalendar calendar;

    /**
     * The problem: seats of the shifts in [from, to] of the commune (null: the whole province) – those that exist and
     * those the sites' sessions call for from today on (new, unsaved); shifts that have started keep only their
     * members (pinned), others get an open seat for every free one.
     */
    public RosterPlan build(Long provinceId, Long communeId, LocalDate from, LocalDate to, boolean otherCommunes,
                            AutoRosterSettings settings, LocalDateTime now) {
        String scope = communeId == null ? "provinceId = :p" : "communeId = :c";
        TypedQuery<Shift> sq = em.createQuery("SELECT s FROM Shift s JOIN FETCH s.site WHERE s." + scope
                        + " AND s.date BETWEEN :f AND :t ORDER BY s.date, s.startTime, s.id", Shift.class)
                .setParameter("f", from).setParameter("t", to)
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "s.assignments")
                .setHint("eclipselink.batch", "s.assignments.member")
                .setHint("eclipselink.batch", "s.assignments.member.commune")
                .setHint("eclipselink.batch", "s.assignments.member.languages");
        List<Shift> shifts = new ArrayList<>(bind(sq, provinceId, communeId).getResultList());
        LocalDate today = now.toLocalDate();
        if (!to.isBefore(today)) {
            shifts.addAll(calendar.missing(provinceId, communeId, from.isBefore(today) ? today : from, to));
            shifts.sort(Comparator.comparing(Shift::getDate).thenComparing(Shift::getStartTime)
                    .thenComparing(s -> s.getSite().getId()));
        }
        Map<Long, Object[]> communes = new HashMap<>();
        em.createQuery("SELECT c.id, c.name, c.type FROM Commune c WHERE c.province.id = :p", Object[].class)
                .setParameter("p", provinceId).getResultList().forEach(r -> communes.put((Long) r[0], r));

        // who may be planned: active members of the commune (or, when other communes are allowed, of the province)
        boolean wholeProvince = communeId == null || otherCommunes;
        String memberScope = "m.provinceId = :p" + (wholeProvince ? "" : " AND m.commune.id = :c");
        TypedQuery<Member> mq = em.createQuery("SELECT m FROM Member m JOIN FETCH m.commune WHERE " + memberScope
                        + " AND m.status = vn.cdtt.roster.MemberStatus.ACTIVE ORDER BY m.sortKey", Member.class)
                .setParameter("p", provinceId)
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "m.languages");
        if (!wholeProvince) {
            mq.setParameter("c", communeId);
        }
        List<Member> eligible = mq.getResultList();

        LocalDate firstMonday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate lastSunday = to.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        String inScope = "(SELECT m.id FROM Member m WHERE " + memberScope
                + " AND m.status = vn.cdtt.roster.MemberStatus.ACTIVE)";
        TypedQuery<DutySlot> dq = em.createQuery("SELECT d FROM DutySlot d WHERE d.date BETWEEN :f AND :t "
                + "AND d.memberId IN " + inScope, DutySlot.class)
                .setParameter("f", firstMonday).setParameter("t", lastSunday).setParameter("p", provinceId);
        TypedQuery<Object[]> aq = em.createQuery("SELECT a.member.id, COUNT(a) FROM Assignment a "
                + "WHERE a.presence = vn.cdtt.duty.Presence.PRESENT AND a.member.id IN " + inScope
                + " GROUP BY a.member.id", Object[].class).setParameter("p", provinceId);
        TypedQuery<DutyPreference> pq = em.createQuery("SELECT x FROM DutyPreference x WHERE x.memberId IN "
                + inScope, DutyPreference.class).setParameter("p", provinceId);
        if (!wholeProvince) {
            dq.setParameter("c", communeId);
            aq.setParameter("c", communeId);
            pq.setParameter("c", communeId);
        }
        List<DutySlot> slots = dq.getResultList();
        Map<Long, Integer> attended = new HashMap<>();
        aq.getResultList().forEach(r -> attended.put((Long) r[0], ((Number) r[1]).intValue()));
        Map<Long, PlanMember.DutyPreferences> preferences = new HashMap<>();
        pq.getResultList().forEach(x -> preferences.put(x.getMemberId(), x.toPlan()));

        Map<Long, PlanMember> members = new LinkedHashMap<>();
        for (Member m : eligible) {
            members.put(m.getId(), planMember(m, true, attended, preferences));
        }
        Map<Long, SpokenLanguage> languages = communeLanguages(eligible);

        List<PlanShift> planShifts = new ArrayList<>();
        List<Seat> seats = new ArrayList<>();
        Set<Long> planned = new HashSet<>();
        for (Shift s : shifts) {
            SpokenLanguage lang = languages.get(s.getCommuneId());
            PlanShift ps = new PlanShift(s.getId(), s.getSite().getId(), s.getSite().getName(), s.getCommuneId(),
                    s.getDate(), s.getPart(), s.getSeats(), lang == null ? null : lang.getCode(),
                    lang == null ? null : lang.getNameVi(), lang == null ? null : lang.getNameEn());
            Object[] commune = communes.get(s.getCommuneId());
            if (commune != null) {
                ps.inCommune((String) commune[1], String.valueOf(commune[2]));
            }
            planShifts.add(ps);
            if (s.getId() != null) {
                planned.add(s.getId());
            }
            for (Assignment a : s.getAssignments()) {
                PlanMember pm = members.computeIfAbsent(a.getMember().getId(),
                        id -> planMember(a.getMember(), false, attended, preferences));
                // an unpinned assignment of a shift still to come is the solver's to move, if the member could be
                // planned there at all (otherwise it stays as it is)
                boolean movable = !a.isPinned() && !s.hasStarted(now) && pm.isEligible()
                        && (otherCommunes || pm.getCommuneId().equals(s.getCommuneId()));
                seats.add(movable ? Seat.movable(ps, pm) : Seat.taken(ps, pm));
            }
            if (!s.hasStarted(now)) {
                for (int i = s.getAssignments().size(); i < s.getSeats(); i++) {
                    seats.add(Seat.open(ps, i));
                }
            }
        }
        List<BusySlot> busy = new ArrayList<>();
        for (DutySlot d : slots) {
            PlanMember pm = members.get(d.getMemberId());
            boolean shift = d.getKind() == DutyKind.SHIFT;
            if (pm != null && !(shift && planned.contains(d.getDutyId()))) {
                busy.add(new BusySlot(pm, d.getDate(), d.getPart(), shift));
            }
        }
        return new RosterPlan(new ArrayList<>(members.values()), planShifts, busy,
                new PlanRules(settings.weeklyLimit(), otherCommunes), seats, settings.weights());
    }

    private static TypedQuery<Shift> bind(TypedQuery<Shift> q, Long provinceId, Long communeId) {
        return communeId == null ? q.setParameter("p", provinceId) : q.setParameter("c", communeId);
    }

    private static PlanMember planMember(Member m, boolean eligible, Map<Long, Integer> attended,
                                         Map<Long, PlanMember.DutyPreferences> preferences) {
        return new PlanMember(m.getId(), m.getFullName(), m.getCommune().getId(), m.isActive(), eligible,
                m.getLanguages().stream().map(SpokenLanguage::getCode).collect(Collectors.toSet()),
                attended.getOrDefault(m.getId(), 0), preferences.get(m.getId()));
    }

    /**
     * The minority language a commune wants in every session: the one most of its active members speak, when at
     * least a fifth of them speak it.
     */
    static Map<Long, SpokenLanguage> communeLanguages(List<Member> members) {
        Map<Long, Integer> sizes = new HashMap<>();
        Map<Long, Map<SpokenLanguage, Integer>> speakers = new HashMap<>();
        for (Member m : members) {
            Long c = m.getCommune().getId();
            sizes.merge(c, 1, Integer::sum);
            for (SpokenLanguage l : m.getLanguages()) {
                if (!NOT_MINORITY.contains(l.getCode())) {
                    speakers.computeIfAbsent(c, x -> new HashMap<>()).merge(l, 1, Integer::sum);
                }
            }
        }
        Map<Long, SpokenLanguage> result = new HashMap<>();
        speakers.forEach((c, counts) -> counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(e -> e.getValue() >= LANGUAGE_SHARE * sizes.get(c))
                .ifPresent(e -> result.put(c, e.getKey())));
        return result;
    }
}
