package vn.cdtt.rating;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.Flush;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;

/**
 * The province's criteria catalogue. Only the province coordinator changes it, and never for a week already begun:
 * a new criterion (or a new version of one: same code, new threshold or name) starts this week at the earliest, and
 * ending one leaves it in force at least to last Sunday. Every change is audited.
 */
@Stateless
public class RatingCriteria {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    /** Every version of the catalogue, by code then newest first; for coordinators and viewers. */
    public List<RatingCriterion> list() {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR, Role.VIEWER, Role.COMMUNE_COORDINATOR);
        return em.createQuery("SELECT c FROM RatingCriterion c WHERE c.provinceId = :p "
                + "ORDER BY c.code, c.validFrom DESC", RatingCriterion.class)
                .setParameter("p", caller.provinceId()).getResultList();
    }

    /** The criteria in force in the week of that day, in code order. */
    public List<RatingCriterion> inForce(LocalDate anyDay) {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR, Role.VIEWER, Role.COMMUNE_COORDINATOR);
        return em.createQuery("SELECT c FROM RatingCriterion c WHERE c.provinceId = :p AND c.validFrom <= :m "
                        + "AND (c.validTo IS NULL OR c.validTo >= :m) ORDER BY c.code", RatingCriterion.class)
                .setParameter("p", caller.provinceId()).setParameter("m", anyDay.with(DayOfWeek.MONDAY))
                .getResultList();
    }

    /** Adds a criterion (version) from the Monday of {@code validFrom}; its code is free in that period. */
    public RatingCriterion add(CriterionForm form) {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR);
        RatingCriterion c = new RatingCriterion(caller.provinceId(), form, caller.username(), VietnamTime.now());
        if (c.getValidFrom().isBefore(thisMonday())) {
            throw new InvalidInputException(List.of(new InvalidInputException.Problem("validFrom",
                    "rating.criterion.fromInPast")));
        }
        List<RatingCriterion> sameCode = em.createQuery("SELECT c FROM RatingCriterion c WHERE c.provinceId = :p "
                        + "AND c.code = :code", RatingCriterion.class)
                .setParameter("p", caller.provinceId()).setParameter("code", c.getCode()).getResultList();
        for (RatingCriterion other : sameCode) {
            if (other.overlaps(c.getValidFrom(), null)) {
                throw new InvalidInputException(List.of(new InvalidInputException.Problem("code",
                        "rating.criterion.codeInForce", c.getCode(), other.getValidFrom().format(VietnamTime.DATE))));
            }
        }
        em.persist(c);
        Flush.now(em, "rating.criterion.codeTaken", c.getCode());
        audit.record(caller.username(), AuditAction.CREATE, "RatingCriterion", c.getId(), caller.provinceId(), null,
                LocalizedText.of("audit.event.rating.criterionAdded", c.getCode(), c.getValidFrom()), null,
                c.auditState());
        return c;
    }

    /** Ends a criterion with the week of {@code lastDay} (not before last Sunday: past weeks keep it). */
    public RatingCriterion end(Long criterionId, LocalDate lastDay) {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR);
        RatingCriterion c = criterionId == null ? null : em.find(RatingCriterion.class, criterionId);
        if (c == null || !c.getProvinceId().equals(caller.provinceId())) {
            throw new NotFoundException("RatingCriterion", criterionId);
        }
        Map<String, Object> before = c.auditState();
        c.end(lastDay, thisMonday());
        Flush.now(em, "error.concurrentChange");
        audit.record(caller.username(), AuditAction.UPDATE, "RatingCriterion", c.getId(), caller.provinceId(), null,
                LocalizedText.of("audit.event.rating.criterionEnded", c.getCode(), c.getValidTo()), before,
                c.auditState());
        return c;
    }

    private static LocalDate thisMonday() {
        return VietnamTime.today().with(DayOfWeek.MONDAY);
    }
}
