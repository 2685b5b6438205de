package vn.cdtt.duty;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.Commune;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.roster.Member;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;

/**
 * The fair fill of a commune's week (or of one site's row of it): every empty seat, in time order, gets the
 * best-ranked free member ({@link Candidates#ORDER}: fewest sessions this week, then this month, then the site's
 * languages and skills), and the counts go up as the plan grows, so the sessions spread evenly. {@link #preview} only
 * plans; {@link #apply} stores a plan in one transaction through {@link Staffing}, checking every seat again: what no
 * longer fits (someone took the seat or the member meanwhile) is returned with the reason, the rest is stored.
 * The rule itself is {@link GreedyFill}'s, shared with automatic rostering's starting plan; not an optimiser. Nobody
 * is planned beyond the province's {@link WeeklyLimit}, the limit automatic rostering keeps too.
 */
@Stateless
public class FairFill {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Staffing staffing;

    @Inject
    AuditLog audit;

    /** One member planned on one shift. */
    public record Placement(Long shiftId, Long siteId, String siteName, LocalDate date, SessionPart part,
                            LocalTime start, Long memberId, String memberName) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Plans the week of {@code anyDay} for a commune – one site's row when {@code siteId} is given – without storing
     * anything; seats no free member can take stay empty. Reads a fixed number of queries, whatever the size.
     */
    public List<Placement> preview(Long communeId, LocalDate anyDay, Long siteId) {
        Caller caller = callers.current();
        Commune commune = commune(communeId);
        caller.requireWriteRoster(commune.getProvince().getId(), communeId);
        LocalDate monday = Candidates.monday(anyDay);
        LocalDate sunday = monday.plusDays(6);
        LocalDateTime now = VietnamTime.now();
        TypedQuery<Shift> sq = em.createQuery("SELECT s FROM Shift s JOIN FETCH s.site WHERE s.communeId = :c "
                + "AND s.date BETWEEN :f AND :t AND s.filled < s.seats" + (siteId == null ? "" : " AND s.site.id = :site")
                + " ORDER BY s.date, s.startTime, s.id", Shift.class)
                .setParameter("c", communeId).setParameter("f", monday).setParameter("t", sunday)
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "s.assignments");
        if (siteId != null) {
            sq.setParameter("site", siteId);
        }
        List<Shift> open = sq.getResultList().stream().filter(s -> !s.hasStarted(now)).toList();
        if (open.isEmpty()) {
            return List.of();
        }
        List<Member> members = Candidates.withCatalogues(em.createQuery("SELECT m FROM Member m WHERE m.commune.id = :c "
                        + "AND m.status = vn.cdtt.roster.MemberStatus.ACTIVE ORDER BY m.sortKey, m.id", Member.class))
                .setParameter("c", communeId).setMaxResults(Candidates.POOL).getResultList();
        if (members.isEmpty()) {
            return List.of();
        }
        List<Long> ids = members.stream().map(Member::getId).toList();
        Set<String> busy = new HashSet<>();
        em.createQuery("SELECT d.memberId, d.date, d.part FROM DutySlot d WHERE d.date BETWEEN :f AND :t "
                        + "AND d.memberId IN :ids", Object[].class)
                .setParameter("f", monday).setParameter("t", sunday).setParameter("ids", ids).getResultList()
                .forEach(r -> busy.add(r[0] + "@" + r[1] + "@" + r[2]));
        Map<Long, Integer> week = new HashMap<>(Candidates.sessions(em, ids, monday, sunday));
        // a week may straddle two months: each shift counts against its own month
        Map<YearMonth, Map<Long, Integer>> months = new HashMap<>();
        for (YearMonth ym : new HashSet<>(List.of(YearMonth.from(monday), YearMonth.from(sunday)))) {
            months.put(ym, new HashMap<>(Candidates.sessions(em, ids, ym.atDay(1), ym.atEndOfMonth())));
        }
        Candidates.SiteNeeds needs = Candidates.needs(em, communeId, monday, sunday);

        Map<Long, Set<Long>> onShift = new HashMap<>();
        List<OpenSeat> seats = new ArrayList<>();
        for (Shift shift : open) {
            Set<Long> onIt = new HashSet<>();
            shift.getAssignments().forEach(a -> onIt.add(a.getMember().getId()));
            onShift.put(shift.getId(), onIt);
            for (int seat = shift.getFilled(); seat < shift.getSeats(); seat++) {
                seats.add(new OpenSeat(shift, needs.of(shift), months.get(YearMonth.from(shift.getDate()))));
            }
        }
        return plan(seats, members, onShift, busy, week, WeeklyLimit.of(em, commune.getProvince().getId()));
    }

    /**
     * The fill itself, in plain Java: the seats in time order, each to the best-ranked member who is not on the shift,
     * not busy in its session and within the weekly limit; {@code onShift}, {@code busy} ("member@date@part") and
     * {@code week} (shift sessions this week per member) grow as the plan does.
     */
    static List<Placement> plan(List<OpenSeat> seats, List<Member> members, Map<Long, Set<Long>> onShift,
                                Set<String> busy, Map<Long, Integer> week, WeeklyLimit limit) {
        List<Placement> plan = new ArrayList<>();
        GreedyFill.fill(seats, new GreedyFill.Seats<OpenSeat, Member>() {
            @Override
            public List<Member> candidates(OpenSeat seat) {
                return members;
            }

            @Override
            public boolean free(Member m, OpenSeat seat) {
                return !onShift.get(seat.shift().getId()).contains(m.getId())
                        && !busy.contains(m.getId() + "@" + seat.shift().getDate() + "@" + seat.shift().getPart())
                        && limit.allowsAnother(week.getOrDefault(m.getId(), 0));
            }

            @Override
            public int rank(Member a, Member b, OpenSeat seat) {
                return Candidates.ORDER.compare(candidate(a, seat), candidate(b, seat));
            }

            private Candidates.Candidate candidate(Member m, OpenSeat seat) {
                return new Candidates.Candidate(m, true, week.getOrDefault(m.getId(), 0),
                        seat.month().getOrDefault(m.getId(), 0), seat.wanted().matches(m), seat.wanted().size());
            }

            @Override
            public void place(OpenSeat seat, Member m) {
                Shift shift = seat.shift();
                plan.add(new Placement(shift.getId(), shift.getSite().getId(), shift.getSite().getName(),
                        shift.getDate(), shift.getPart(), shift.getStartTime(), m.getId(), m.getFullName()));
                onShift.get(shift.getId()).add(m.getId());
                busy.add(m.getId() + "@" + shift.getDate() + "@" + shift.getPart());
                week.merge(m.getId(), 1, Integer::sum);
                seat.month().merge(m.getId(), 1, Integer::sum);
            }
        });
        return plan;
    }

    /** An empty seat of a shift, with what its site wants and the counts of its month. */
    record OpenSeat(Shift shift, Candidates.Needs wanted, Map<Long, Integer> month) {
    }

    /**
     * Stores a plan of {@link #preview} for the commune, all in one transaction, each seat through {@link Staffing}
     * with every rule checked again; returns what could not be placed any more, with the reason.
     */
    public List<NotPlaced> apply(Long communeId, List<Placement> plan) {
        Caller caller = callers.current();
        Commune commune = commune(communeId);
        caller.requireWriteRoster(commune.getProvince().getId(), communeId);
        LocalDateTime now = VietnamTime.now();
        WeeklyLimit limit = WeeklyLimit.of(em, commune.getProvince().getId());
        // the members' shift sessions in each week of the plan, as they are now (someone may have placed them since)
        List<Long> ids = plan.stream().map(Placement::memberId).filter(java.util.Objects::nonNull).distinct().toList();
        Map<LocalDate, Map<Long, Integer>> weeks = new HashMap<>();
        for (Placement p : plan) {
            weeks.computeIfAbsent(WeeklyLimit.weekOf(p.date()), monday -> ids.isEmpty() ? new HashMap<>()
                    : new HashMap<>(Candidates.sessions(em, ids, monday, monday.plusDays(6))));
        }
        List<NotPlaced> notPlaced = new ArrayList<>();
        int placed = 0;
        for (Placement p : plan) {
            Shift found = p.shiftId() == null ? null : em.find(Shift.class, p.shiftId());
            Member member = p.memberId() == null ? null : em.find(Member.class, p.memberId());
            if (found != null && !communeId.equals(found.getCommuneId())) {
                throw new AccessDeniedException();
            }
            Map<Long, Integer> week = weeks.get(WeeklyLimit.weekOf(p.date()));
            boolean there = found != null && member != null && found.assignmentOf(member).isPresent();
            String problem = found == null ? "placement.noShift" : member == null ? "placement.notActive"
                    : !there && !limit.allowsAnother(week.getOrDefault(member.getId(), 0)) ? "placement.weekFull"
                    : staffing.tryPut(staffing.lock(found.getId()), member, caller.username(), now);
            if (problem != null) {
                notPlaced.add(new NotPlaced(p.memberName(), p.date(), p.part(), problem));
            } else {
                if (!there) {
                    week.merge(member.getId(), 1, Integer::sum);
                }
                placed++;
            }
        }
        audit.record(caller.username(), AuditAction.CREATE, "Assignment", null, commune.getProvince().getId(),
                communeId, LocalizedText.of("audit.event.shift.filled", placed, notPlaced.size()), null,
                Map.of("placed", placed, "notPlaced", notPlaced.size()));
        return notPlaced;
    }

    private Commune commune(Long communeId) {
        Commune commune = communeId == null ? null : em.find(Commune.class, communeId);
        if (commune == null) {
            throw new NotFoundException("Commune", communeId);
        }
        return commune;
    }
}
