package vn.cdtt.allowance;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.ConcurrentChangeException;
import vn.cdtt.common.Flush;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.Commune;
import vn.cdtt.commune.Province;
import vn.cdtt.security.AccessDeniedException;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;

/**
 * Policy versions as data: the province's, and each commune's top-up. Only the province coordinator creates and
 * edits them; coordinators and viewers read them. Versions of the same policy never overlap, and a version that an
 * approved (or paid) month was computed with never changes again – the next resolution is a new version.
 */
@Stateless
public class AllowancePolicies {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    /** The versions of the province's policy ({@code communeId} null) or of a commune's top-up, oldest first. */
    public List<AllowancePolicy> versions(Long communeId) {
        Caller caller = callers.current();
        if (communeId != null) {
            Commune c = commune(communeId, caller);
            caller.requireReadRoster(c.getProvince().getId(), communeId);
        } else if (!caller.is(Role.PROVINCE_COORDINATOR, Role.COMMUNE_COORDINATOR, Role.VIEWER)) {
            throw new AccessDeniedException();
        }
        return sameSource(caller.provinceId(), communeId, null).getResultList();
    }

    /** Which of the versions of {@link #versions} an approved or paid month was computed with (they never change). */
    public Set<Long> used(Long communeId) {
        return usedAmong(versions(communeId).stream().map(AllowancePolicy::getId).toList());
    }

    public AllowancePolicy create(Long communeId, PolicyForm form) {
        Caller caller = province();
        if (communeId != null) {
            commune(communeId, caller);
        }
        lockProvince(caller);
        AllowancePolicy p = new AllowancePolicy(caller.provinceId(), communeId, form, caller.username(),
                VietnamTime.now());
        requireNoOverlap(p, null);
        em.persist(p);
        Flush.now(em, "error.concurrentChange");
        audit.record(caller.username(), AuditAction.CREATE, "AllowancePolicy", p.getId(), caller.provinceId(),
                communeId, LocalizedText.of("audit.event.allowance.policyCreated", p.getBasisNumber(),
                        p.getValidFrom()), null, p.auditState());
        return p;
    }

    public AllowancePolicy update(Long id, long expectedVersion, PolicyForm form) {
        Caller caller = province();
        lockProvince(caller);
        AllowancePolicy p = id == null ? null : em.find(AllowancePolicy.class, id);
        if (p == null || !p.getProvinceId().equals(caller.provinceId())) {
            throw new NotFoundException("AllowancePolicy", id);
        }
        if (p.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        if (!usedAmong(List.of(id)).isEmpty()) {
            throw new InvalidInputException("allowance.policy.used");
        }
        var before = p.auditState();
        p.apply(form);
        requireNoOverlap(p, p.getId());
        Flush.now(em, "error.concurrentChange");
        audit.record(caller.username(), AuditAction.UPDATE, "AllowancePolicy", p.getId(), caller.provinceId(),
                p.getCommuneId(), LocalizedText.of("audit.event.allowance.policyUpdated", p.getBasisNumber(),
                        p.getValidFrom()), before, p.auditState());
        return p;
    }

    /**
     * A new version of the same policy as {@code sourceId}, from the form (usually {@link
     * AllowancePolicy#successorForm}). A source without an end – even one an approved month used – ends the day
     * before the new version starts, unless a submitted, approved or paid month used it on or after that day (their
     * numbers would change). The source as the caller saw it: another version gets the concurrent-change message.
     */
    public AllowancePolicy createSuccessor(Long sourceId, long expectedVersion, PolicyForm form) {
        Caller caller = province();
        lockProvince(caller);
        AllowancePolicy source = sourceId == null ? null : em.find(AllowancePolicy.class, sourceId);
        if (source == null || !source.getProvinceId().equals(caller.provinceId())) {
            throw new NotFoundException("AllowancePolicy", sourceId);
        }
        if (source.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        AllowancePolicy p = new AllowancePolicy(caller.provinceId(), source.getCommuneId(), form, caller.username(),
                VietnamTime.now());
        if (source.getValidTo() == null) {
            List<LocalDate> frozen = em.createQuery("SELECT MAX(l.workDate) FROM AllowanceLine l WHERE l.policyId = :p "
                            + "AND l.statement.state <> vn.cdtt.allowance.StatementState.OPEN", LocalDate.class)
                    .setParameter("p", sourceId).getResultList();
            LocalDate lastFrozen = frozen.isEmpty() ? null : frozen.get(0);
            if (lastFrozen != null && !p.getValidFrom().isAfter(lastFrozen)) {
                throw new InvalidInputException("allowance.policy.successor.tooEarly",
                        VietnamTime.DATE.format(lastFrozen.plusDays(1)));
            }
            var before = source.auditState();
            source.endBefore(p.getValidFrom());
            audit.record(caller.username(), AuditAction.UPDATE, "AllowancePolicy", source.getId(), caller.provinceId(),
                    source.getCommuneId(), LocalizedText.of("audit.event.allowance.policyEnded",
                            source.getBasisNumber(), source.getValidTo()), before, source.auditState());
        }
        requireNoOverlap(p, null);
        em.persist(p);
        Flush.now(em, "error.concurrentChange");
        audit.record(caller.username(), AuditAction.CREATE, "AllowancePolicy", p.getId(), caller.provinceId(),
                p.getCommuneId(), LocalizedText.of("audit.event.allowance.policyCreated", p.getBasisNumber(),
                        p.getValidFrom()), null, p.auditState());
        return p;
    }

    private Set<Long> usedAmong(List<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("SELECT DISTINCT l.policyId FROM AllowanceLine l WHERE l.policyId IN :ids "
                        + "AND l.statement.state IN (vn.cdtt.allowance.StatementState.APPROVED, "
                        + "vn.cdtt.allowance.StatementState.PAID)", Long.class)
                .setParameter("ids", ids).getResultList());
    }

    private void requireNoOverlap(AllowancePolicy p, Long self) {
        sameSource(p.getProvinceId(), p.getCommuneId(), self).getResultList().stream()
                .filter(other -> other.overlaps(p.getValidFrom(), p.getValidTo())).findFirst()
                .ifPresent(other -> {
                    throw new InvalidInputException("allowance.policy.overlap", other.getBasisNumber(),
                            VietnamTime.DATE.format(other.getValidFrom()));
                });
    }

    private TypedQuery<AllowancePolicy> sameSource(Long provinceId, Long communeId, Long except) {
        TypedQuery<AllowancePolicy> q = em.createQuery("SELECT p FROM AllowancePolicy p WHERE p.provinceId = :p AND "
                        + (communeId == null ? "p.communeId IS NULL" : "p.communeId = :c")
                        + (except == null ? "" : " AND p.id <> :self") + " ORDER BY p.validFrom", AllowancePolicy.class)
                .setParameter("p", provinceId);
        if (communeId != null) {
            q.setParameter("c", communeId);
        }
        if (except != null) {
            q.setParameter("self", except);
        }
        return q;
    }

    /** Edits of policies happen one after another per province, so two overlapping versions cannot slip in at once. */
    private void lockProvince(Caller caller) {
        em.find(Province.class, caller.provinceId(), LockModeType.PESSIMISTIC_WRITE);
    }

    private Caller province() {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR);
        return caller;
    }

    private Commune commune(Long id, Caller caller) {
        Commune c = em.find(Commune.class, id);
        if (c == null || !c.getProvince().getId().equals(caller.provinceId())) {
            throw new NotFoundException("Commune", id);
        }
        return c;
    }
}
