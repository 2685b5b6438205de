package vn.cdtt.duty;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.Flush;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.commune.ServiceSite;
import vn.cdtt.roster.Skill;
import vn.cdtt.roster.SpokenLanguage;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;

/**
 * The languages and skills a service site needs on duty (issue 12 §4), edited on the site page (*Điểm phục vụ*) by the
 * province coordinator or the site's commune coordinator; {@link Candidates} ranks members who have them higher, next
 * to what the site's helper requests asked for in that session.
 */
@Stateless
public class SiteNeedsService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    /** Replaces what the site needs; every id must be in the catalogue. Audited with before and after. */
    public ServiceSite change(Long siteId, Set<Long> skillIds, Set<Long> languageIds) {
        Caller caller = callers.current();
        ServiceSite site = siteId == null ? null : em.find(ServiceSite.class, siteId);
        if (site == null) {
            throw new NotFoundException("ServiceSite", siteId);
        }
        caller.requireWriteRoster(site.getProvince().getId(), site.getCommune().getId());
        Set<Long> skills = new LinkedHashSet<>(skillIds == null ? Set.of() : skillIds);
        Set<Long> languages = new LinkedHashSet<>(languageIds == null ? Set.of() : languageIds);
        for (Long id : skills) {
            if (id == null || em.find(Skill.class, id) == null) {
                throw new InvalidInputException("site.needs.unknown");
            }
        }
        for (Long id : languages) {
            if (id == null || em.find(SpokenLanguage.class, id) == null) {
                throw new InvalidInputException("site.needs.unknown");
            }
        }
        Map<String, Object> before = Map.of("skills", List.copyOf(site.getSkillIds()),
                "languages", List.copyOf(site.getLanguageIds()));
        site.changeNeeds(skills, languages);
        Flush.now(em, "error.concurrentChange");
        audit.record(caller.username(), AuditAction.UPDATE, "ServiceSite", site.getId(), site.getProvince().getId(),
                site.getCommune().getId(), LocalizedText.of("audit.event.site.needs", site.getName()), before,
                Map.of("skills", List.copyOf(skills), "languages", List.copyOf(languages)));
        return site;
    }
}
