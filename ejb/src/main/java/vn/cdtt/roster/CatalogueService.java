package vn.cdtt.roster;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.VietnameseText;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;

/**
 * The editable catalogues – skills and spoken languages of members, training topics and target groups: everyone
 * reads, the province coordinator adds and renames. One set of rules for every catalogue (a {@link CatalogueEntry}
 * subclass with a (code, Vietnamese name, English name) constructor).
 */
@Stateless
public class CatalogueService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    /** The entries of one catalogue in Vietnamese name order. */
    public <T extends CatalogueEntry> List<T> list(Class<T> type) {
        return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e ORDER BY e.nameVi", type).getResultList();
    }

    public List<Skill> skills() {
        return list(Skill.class);
    }

    /** Languages in the order they were added (Vietnamese first, then the local languages). */
    public List<SpokenLanguage> languages() {
        return em.createQuery("SELECT l FROM SpokenLanguage l ORDER BY l.id", SpokenLanguage.class).getResultList();
    }

    public <T extends CatalogueEntry> T add(Class<T> type, String nameVi, String nameEn) {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR);
        String code = code(nameVi);
        if (!em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.code = :c", type)
                .setParameter("c", code).getResultList().isEmpty()) {
            throw new InvalidInputException("catalogue.name.taken", nameVi);
        }
        T entry;
        try {
            entry = type.getConstructor(String.class, String.class, String.class).newInstance(code, nameVi, nameEn);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused; // the entry's own rules (a name too long, markup): their message, not an error page
            }
            throw new IllegalArgumentException(type + " could not be created", e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(type + " is not a catalogue entry", e);
        }
        em.persist(entry);
        em.flush();
        audit.record(caller.username(), AuditAction.CREATE, type.getSimpleName(), entry.getId(), caller.provinceId(),
                null, LocalizedText.of("audit.event.catalogue.added", entry.getNameVi(), entry.getNameEn()), null,
                Map.of("nameVi", entry.getNameVi(), "nameEn", entry.getNameEn()));
        return entry;
    }

    public <T extends CatalogueEntry> T rename(Class<T> type, Long id, String nameVi, String nameEn) {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR);
        T entry = id == null ? null : em.find(type, id);
        if (entry == null) {
            throw new NotFoundException(type.getSimpleName(), id);
        }
        if (nameVi == null || nameVi.isBlank()) {
            throw new InvalidInputException("catalogue.name.required");
        }
        Map<String, Object> before = Map.of("nameVi", entry.getNameVi(), "nameEn", entry.getNameEn());
        entry.rename(nameVi, nameEn);
        audit.record(caller.username(), AuditAction.UPDATE, type.getSimpleName(), entry.getId(), caller.provinceId(),
                null, LocalizedText.of("audit.event.catalogue.changed", entry.getNameVi(), entry.getNameEn()), before,
                Map.of("nameVi", entry.getNameVi(), "nameEn", entry.getNameEn()));
        return entry;
    }

    private static String code(String nameVi) {
        if (nameVi == null || nameVi.isBlank()) {
            throw new InvalidInputException("catalogue.name.required");
        }
        String code = VietnameseText.fold(nameVi).replaceAll("[^a-z0-9]+", "-");
        return code.length() > 40 ? code.substring(0, 40) : code;
    }
}
