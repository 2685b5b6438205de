package vn.cdtt.autoroster;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.roster.Member;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;

/** A member's own duty preferences (the panel on their record page), which automatic rostering weighs. */
@Stateless
public class DutyPreferenceService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    /** The signed-in member's preferences (none stored: all empty). */
    public DutyPreference mine() {
        Caller caller = callers.current().requireMember();
        DutyPreference p = em.find(DutyPreference.class, caller.memberId());
        return p == null ? new DutyPreference(caller.memberId()) : p;
    }

    /** Replaces the signed-in member's preferences. */
    public DutyPreference saveMine(Set<DayOfWeek> preferredDays, Set<DayOfWeek> avoidedDays,
                                   Set<SessionPart> preferredParts, Set<SessionPart> avoidedParts, boolean fewerDays) {
        Caller caller = callers.current().requireMember();
        Member member = em.find(Member.class, caller.memberId());
        DutyPreference p = em.find(DutyPreference.class, caller.memberId());
        Map<String, Object> before = p == null ? null : describe(p);
        boolean created = p == null;
        if (created) {
            p = new DutyPreference(caller.memberId());
        }
        p.change(preferredDays, avoidedDays, preferredParts, avoidedParts, fewerDays, VietnamTime.now());
        if (created) {
            em.persist(p);
        }
        audit.record(caller.username(), created ? AuditAction.CREATE : AuditAction.UPDATE, "DutyPreference",
                member.getId(), member.getProvinceId(), member.getCommune().getId(),
                LocalizedText.of("audit.event.preference.changed"), before, describe(p));
        return p;
    }

    private static Map<String, Object> describe(DutyPreference p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("preferredDays", p.getPreferredDays().toString());
        m.put("avoidedDays", p.getAvoidedDays().toString());
        m.put("preferredParts", p.getPreferredParts().toString());
        m.put("avoidedParts", p.getAvoidedParts().toString());
        m.put("fewerDays", p.isFewerDays());
        return m;
    }
}
