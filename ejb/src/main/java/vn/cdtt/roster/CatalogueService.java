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
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.VietnameseText;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;

/** The editable catalogues of skills and spoken languages: everyone reads, the province coordinator edits. */
@Stateless
public class CatalogueService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    public List<Skill> skills() {
        return em.createQuery("SELECT s FROM Skill s ORDER BY s.nameVi", Skill.class).getResultList();
    }

    public List<SpokenLanguage> languages() {
        return em.createQuery("SELECT l FROM SpokenLanguage l ORDER BY l.id", SpokenLanguage.class).getResultList();
    }

    public Skill addSkill(String nameVi, String nameEn) {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR);
        String code = code(nameVi);
        if (!em.createQuery("SELECT s FROM Skill s WHERE s.code = :c", Skill.class).setParameter("c", code)
                .getResultList().isEmpty()) {
            throw new InvalidInputException("catalogue.name.taken", nameVi);
        }
        Skill s = new Skill(code, nameVi, nameEn);
        em.persist(s);
        em.flush();
        audit.record(caller.username(), AuditAction.CREATE, "Skill", s.getId(), caller.provinceId(), null,
                "Thêm kỹ năng " + s.getNameVi(), null, Map.of("nameVi", s.getNameVi(), "nameEn", s.getNameEn()));
        return s;
    }

    public Skill renameSkill(Long id, String nameVi, String nameEn) {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR);
        Skill s = em.find(Skill.class, id);
        if (s == null) {
            throw new NotFoundException("Skill", id);
        }
        Map<String, Object> before = Map.of("nameVi", s.getNameVi(), "nameEn", s.getNameEn());
        if (nameVi == null || nameVi.isBlank()) {
            throw new InvalidInputException("catalogue.name.required");
        }
        s.rename(nameVi, nameEn);
        audit.record(caller.username(), AuditAction.UPDATE, "Skill", s.getId(), caller.provinceId(), null,
                "Sửa kỹ năng " + s.getNameVi(), before, Map.of("nameVi", s.getNameVi(), "nameEn", s.getNameEn()));
        return s;
    }

    public SpokenLanguage addLanguage(String nameVi, String nameEn) {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR);
        String code = code(nameVi);
        if (!em.createQuery("SELECT l FROM SpokenLanguage l WHERE l.code = :c", SpokenLanguage.class)
                .setParameter("c", code).getResultList().isEmpty()) {
            throw new InvalidInputException("catalogue.name.taken", nameVi);
        }
        SpokenLanguage l = new SpokenLanguage(code, nameVi, nameEn);
        em.persist(l);
        em.flush();
        audit.record(caller.username(), AuditAction.CREATE, "SpokenLanguage", l.getId(), caller.provinceId(), null,
                "Thêm ngôn ngữ " + l.getNameVi(), null, Map.of("nameVi", l.getNameVi(), "nameEn", l.getNameEn()));
        return l;
    }

    private static String code(String nameVi) {
        if (nameVi == null || nameVi.isBlank()) {
            throw new InvalidInputException("catalogue.name.required");
        }
        String code = VietnameseText.fold(nameVi).replaceAll("[^a-z0-9]+", "-");
        return code.length() > 40 ? code.substring(0, 40) : code;
    }
}
