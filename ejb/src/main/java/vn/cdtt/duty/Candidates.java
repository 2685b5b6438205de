package vn.cdtt.duty;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.roster.Member;
import vn.cdtt.roster.Skill;
import vn.cdtt.roster.SpokenLanguage;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;

/**
 * Who should take a seat of a shift, best first: free in that session, then the fewest sessions this week, then this
 * month, then the most of the languages and skills the site needs (its own, and what its helper requests asked for in
 * that session), then
 * by given name. The figures come from a fixed number of grouped queries – members, their skills, their languages,
 * the busy ones, the week's and the month's counts, the site's needs – whatever the size of the commune; the fair fill
 * ({@link FairFill}) ranks with the same figures (static helpers: one EJB does not call another's non-public methods).
 */
@Stateless
public class Candidates {

    /** How many candidates the dialog shows at most: the search box narrows the rest. */
    public static final int SHOWN = 30;

    /** The most members of one commune ranked at once (a commune has hundreds). */
    static final int POOL = 2000;

    /** A province coordinator's search across the province reads at most this many members. */
    static final int PROVINCE_POOL = 200;

    /** Helper requests that no longer speak for the site's needs. */
    private static final String LIVE_REQUEST = "r.state NOT IN (vn.cdtt.request.RequestState.DECLINED, "
            + "vn.cdtt.request.RequestState.CANCELLED)";

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    /** A member with the figures that ranked them. {@code matches} of {@code needs} languages and skills asked for. */
    public record Candidate(Member member, boolean free, int weekSessions, int monthSessions, int matches, int needs)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The best {@code shown} candidates of {@code total} who matched the search. */
    public record Ranking(List<Candidate> shown, int total, int freeSeats) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * The ranked candidates for a shift, free ones first (the busy ones follow, so the coordinator sees why someone is
     * missing); members already on the shift are left out. The search matches every word of the name or phone,
     * diacritics and case ignored; a province coordinator's search covers the whole province.
     */
    public Ranking rank(Long shiftId, String search, int limit) {
        Caller caller = callers.current();
        Shift shift = shiftId == null ? null : em.find(Shift.class, shiftId);
        if (shift == null) {
            throw new NotFoundException("Shift", shiftId);
        }
        caller.requireWriteRoster(shift.getProvinceId(), shift.getCommuneId());
        List<String> words = words(search);
        boolean province = !words.isEmpty() && caller.is(Role.PROVINCE_COORDINATOR);
        StringBuilder jpql = new StringBuilder("SELECT m FROM Member m JOIN FETCH m.commune WHERE m.provinceId = :p "
                + "AND m.status = vn.cdtt.roster.MemberStatus.ACTIVE AND NOT EXISTS (SELECT a FROM Assignment a "
                + "WHERE a.shift.id = :shift AND a.member = m)");
        if (!province) {
            jpql.append(" AND m.commune.id = :c");
        }
        for (int i = 0; i < words.size(); i++) {
            jpql.append(" AND m.searchText LIKE :w").append(i);
        }
        TypedQuery<Member> q = em.createQuery(jpql.append(" ORDER BY m.sortKey, m.id").toString(), Member.class)
                .setParameter("p", shift.getProvinceId()).setParameter("shift", shift.getId());
        if (!province) {
            q.setParameter("c", shift.getCommuneId());
        }
        for (int i = 0; i < words.size(); i++) {
            q.setParameter("w" + i, "%" + words.get(i) + "%");
        }
        List<Member> members = withCatalogues(q).setMaxResults(province ? PROVINCE_POOL : POOL).getResultList();
        int freeSeats = Math.max(0, shift.getSeats() - shift.getFilled());
        if (members.isEmpty()) {
            return new Ranking(List.of(), 0, freeSeats);
        }
        List<Long> ids = members.stream().map(Member::getId).toList();
        Set<Long> busy = new HashSet<>(em.createQuery("SELECT d.memberId FROM DutySlot d WHERE d.date = :d "
                        + "AND d.part = :part AND d.memberId IN :ids", Long.class).setParameter("d", shift.getDate())
                .setParameter("part", shift.getPart()).setParameter("ids", ids).getResultList());
        LocalDate monday = monday(shift.getDate());
        Map<Long, Integer> week = sessions(em, ids, monday, monday.plusDays(6));
        Map<Long, Integer> month = sessions(em, ids, shift.getDate().withDayOfMonth(1),
                shift.getDate().with(TemporalAdjusters.lastDayOfMonth()));
        Needs needs = needs(em, shift.getCommuneId(), shift.getDate(), shift.getDate()).of(shift);
        List<Candidate> ranked = new ArrayList<>();
        for (Member m : members) {
            ranked.add(new Candidate(m, !busy.contains(m.getId()), week.getOrDefault(m.getId(), 0),
                    month.getOrDefault(m.getId(), 0), needs.matches(m), needs.size()));
        }
        ranked.sort(ORDER); // stable: equals stay in name order
        int shown = Math.max(1, Math.min(limit, SHOWN));
        return new Ranking(List.copyOf(ranked.subList(0, Math.min(shown, ranked.size()))), ranked.size(), freeSeats);
    }

    /** Free first, then fewer sessions this week, then this month, then more of the site's needs. */
    static final Comparator<Candidate> ORDER = Comparator.comparing((Candidate c) -> !c.free())
            .thenComparingInt(Candidate::weekSessions).thenComparingInt(Candidate::monthSessions)
            .thenComparing(Comparator.comparingInt(Candidate::matches).reversed());

    /** The words of a search, folded (no diacritics, lower case), without LIKE's wildcards. */
    static List<String> words(String search) {
        return Member.searchWords(search);
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Reads the members' skills and languages in one query each (not one per member). */
    static <T> TypedQuery<T> withCatalogues(TypedQuery<T> q) {
        return q.setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "m.skills")
                .setHint("eclipselink.batch", "m.languages");
    }

    /** Shift sessions of each member between two days (one grouped query). */
    static Map<Long, Integer> sessions(EntityManager em, Collection<Long> memberIds, LocalDate from, LocalDate to) {
        Map<Long, Integer> counts = new HashMap<>();
        em.createQuery("SELECT d.memberId, COUNT(d) FROM DutySlot d WHERE d.kind = vn.cdtt.duty.DutyKind.SHIFT "
                        + "AND d.date BETWEEN :f AND :t AND d.memberId IN :ids GROUP BY d.memberId", Object[].class)
                .setParameter("f", from).setParameter("t", to).setParameter("ids", memberIds).getResultList()
                .forEach(r -> counts.put((Long) r[0], ((Number) r[1]).intValue()));
        return counts;
    }

    /**
     * The languages and skills a commune's sites asked for (helper requests not declined or cancelled), per site and
     * session, between two days, and what each site needs on duty whatever the session (the site page, V23): four
     * queries.
     */
    static SiteNeeds needs(EntityManager em, Long communeId, LocalDate from, LocalDate to) {
        SiteNeeds needs = new SiteNeeds(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
        em.createQuery("SELECT r.site.id, s.date, s.part, l.id FROM HelperRequestSession s JOIN s.request r "
                        + "JOIN r.languages l WHERE r.communeId = :c AND s.date BETWEEN :f AND :t AND " + LIVE_REQUEST,
                        Object[].class).setParameter("c", communeId).setParameter("f", from).setParameter("t", to)
                .getResultList().forEach(r -> needs.languages.computeIfAbsent(key((Long) r[0], (LocalDate) r[1],
                        (SessionPart) r[2]), k -> new HashSet<>()).add((Long) r[3]));
        em.createQuery("SELECT r.site.id, s.date, s.part, k.id FROM HelperRequestSession s JOIN s.request r "
                        + "JOIN r.skills k WHERE r.communeId = :c AND s.date BETWEEN :f AND :t AND " + LIVE_REQUEST,
                        Object[].class).setParameter("c", communeId).setParameter("f", from).setParameter("t", to)
                .getResultList().forEach(r -> needs.skills.computeIfAbsent(key((Long) r[0], (LocalDate) r[1],
                        (SessionPart) r[2]), k -> new HashSet<>()).add((Long) r[3]));
        // what the sites need on duty whatever the session (V23, edited on the site page)
        em.createQuery("SELECT s.id, k FROM ServiceSite s JOIN s.languageIds k WHERE s.commune.id = :c", Object[].class)
                .setParameter("c", communeId).getResultList()
                .forEach(r -> needs.siteLanguages.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((Long) r[1]));
        em.createQuery("SELECT s.id, k FROM ServiceSite s JOIN s.skillIds k WHERE s.commune.id = :c", Object[].class)
                .setParameter("c", communeId).getResultList()
                .forEach(r -> needs.siteSkills.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((Long) r[1]));
        return needs;
    }

    static String key(Long siteId, LocalDate date, SessionPart part) {
        return siteId + "@" + date + "@" + part;
    }

    /** What the sites of a commune asked for, by site and session. */
    record SiteNeeds(Map<String, Set<Long>> languages, Map<String, Set<Long>> skills,
                     Map<Long, Set<Long>> siteLanguages, Map<Long, Set<Long>> siteSkills) {
        /** The helper requests' needs of the shift's session and the site's own, together. */
        Needs of(Shift shift) {
            String k = key(shift.getSite().getId(), shift.getDate(), shift.getPart());
            Set<Long> l = new HashSet<>(languages.getOrDefault(k, Set.of()));
            l.addAll(siteLanguages.getOrDefault(shift.getSite().getId(), Set.of()));
            Set<Long> s = new HashSet<>(skills.getOrDefault(k, Set.of()));
            s.addAll(siteSkills.getOrDefault(shift.getSite().getId(), Set.of()));
            return new Needs(l, s);
        }
    }

    /** The language and skill ids one session of a site asked for. */
    record Needs(Set<Long> languages, Set<Long> skills) {
        int size() {
            return languages.size() + skills.size();
        }

        int matches(Member m) {
            int n = 0;
            for (SpokenLanguage l : m.getLanguages()) {
                n += languages.contains(l.getId()) ? 1 : 0;
            }
            for (Skill s : m.getSkills()) {
                n += skills.contains(s.getId()) ? 1 : 0;
            }
            return n;
        }
    }
}
