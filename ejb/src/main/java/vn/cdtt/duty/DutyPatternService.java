package vn.cdtt.duty;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.Flush;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.Commune;
import vn.cdtt.commune.ServiceSite;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.roster.Member;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;

/**
 * Weekly recurring duties of a commune (member X every Monday morning at site Y) and their application to a date
 * range: the range's shifts are created, then each pattern places its member under the rules of any assignment;
 * whoever cannot be placed is reported with the reason. One transaction: all of it or none.
 */
@Stateless
public class DutyPatternService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    @Inject
    ShiftService shifts;

    @Inject
    Staffing staffing;

    /** The commune's patterns by weekday, session and name (one query). */
    public List<DutyPattern> list(Long communeId) {
        Caller caller = callers.current();
        caller.requireReadRoster(caller.provinceId(), communeId);
        List<DutyPattern> patterns = new ArrayList<>(em.createQuery("SELECT p FROM DutyPattern p JOIN FETCH p.site "
                        + "JOIN FETCH p.member WHERE p.communeId = :c ORDER BY p.dayOfWeek, p.member.sortKey", DutyPattern.class)
                .setParameter("c", communeId).getResultList());
        // a stable sort: morning before afternoon (the enum's order, not the stored name's), names stay in order
        patterns.sort(Comparator.comparing(DutyPattern::getDayOfWeek).thenComparing(DutyPattern::getPart));
        return patterns;
    }

    public DutyPattern add(Long siteId, Long memberId, DayOfWeek day, SessionPart part) {
        Caller caller = callers.current();
        ServiceSite site = siteId == null ? null : em.find(ServiceSite.class, siteId);
        if (site == null) {
            throw new InvalidInputException("pattern.incomplete");
        }
        caller.requireWriteRoster(site.getProvince().getId(), site.getCommune().getId());
        Member member = memberId == null ? null : em.find(Member.class, memberId);
        if (member == null) {
            throw new InvalidInputException("pattern.incomplete");
        }
        DutyPattern p = new DutyPattern(site, member, day, part, caller.username(), VietnamTime.now());
        em.persist(p);
        Flush.now(em, "pattern.duplicate", member.getFullName());
        audit.record(caller.username(), AuditAction.CREATE, "DutyPattern", p.getId(), p.getProvinceId(),
                p.getCommuneId(), LocalizedText.of("audit.event.pattern.added", member.getFullName(), site.getName(),
                        day, part), null, Map.of("member", member.getFullName(), "site", site.getName(), "day", day,
                        "part", part));
        return p;
    }

    public void remove(Long patternId) {
        Caller caller = callers.current();
        DutyPattern p = patternId == null ? null : em.find(DutyPattern.class, patternId);
        if (p == null) {
            throw new NotFoundException("DutyPattern", patternId);
        }
        caller.requireWriteRoster(p.getProvinceId(), p.getCommuneId());
        audit.record(caller.username(), AuditAction.DELETE, "DutyPattern", p.getId(), p.getProvinceId(),
                p.getCommuneId(), LocalizedText.of("audit.event.pattern.removed", p.getMember().getFullName(),
                        p.getSite().getName()),
                Map.of("member", p.getMember().getFullName(), "site", p.getSite().getName(), "day", p.getDayOfWeek(),
                        "part", p.getPart()), null);
        em.remove(p);
    }

    /** Applies the commune's patterns from {@code from} to {@code to} (today at the earliest, at most 92 days). */
    public List<NotPlaced> apply(Long communeId, LocalDate from, LocalDate to) {
        Caller caller = callers.current();
        Commune commune = communeId == null ? null : em.find(Commune.class, communeId);
        if (commune == null) {
            throw new NotFoundException("Commune", communeId);
        }
        caller.requireWriteRoster(commune.getProvince().getId(), communeId);
        shifts.generate(communeId, from, to);
        Map<String, Shift> byKey = new HashMap<>();
        em.createQuery("SELECT s FROM Shift s WHERE s.communeId = :c AND s.date BETWEEN :f AND :t", Shift.class)
                .setParameter("c", communeId).setParameter("f", from).setParameter("t", to).getResultList()
                .forEach(s -> byKey.put(s.getSite().getId() + "@" + s.getDate() + "@" + s.getPart(), s));
        List<DutyPattern> patterns = list(communeId);
        LocalDateTime now = VietnamTime.now();
        List<NotPlaced> notPlaced = new ArrayList<>();
        int placed = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (DutyPattern p : patterns) {
                if (p.getDayOfWeek() != day.getDayOfWeek()) {
                    continue;
                }
                Shift target = byKey.get(p.getSite().getId() + "@" + day + "@" + p.getPart());
                String problem = target == null ? "placement.noShift"
                        : staffing.tryPut(staffing.lock(target.getId()), p.getMember(), caller.username(), now);
                if (problem == null) {
                    placed++;
                } else {
                    notPlaced.add(new NotPlaced(p.getMember().getFullName(), day, p.getPart(), problem));
                }
            }
        }
        audit.record(caller.username(), AuditAction.CREATE, "Assignment", null, commune.getProvince().getId(),
                communeId, LocalizedText.of("audit.event.pattern.applied", from, to, placed, notPlaced.size()), null, Map.of("from", from, "to", to, "placed", placed,
                        "notPlaced", notPlaced.size()));
        return notPlaced;
    }
}
