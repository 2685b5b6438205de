package vn.cdtt.allowance;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.ConcurrentChangeException;
import vn.cdtt.common.Flush;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.commune.Commune;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;

/**
 * Yearly allowance budgets per commune (dự toán): the province coordinator sets them (audited); the commune's
 * coordinators, the province and viewers read a year's standing – the budget against what the province approved
 * of that year's months so far, summed by the database in one query.
 */
@Stateless
public class AllowanceBudgets {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    /**
     * Sets a commune's budget for a year. {@code expectedVersion} is the version of the budget the caller saw, null
     * when there was none: a budget set by somebody else in the meantime gets the concurrent-change message.
     */
    public BudgetStanding set(Long communeId, int year, Long amount, Long expectedVersion) {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR);
        Commune commune = commune(communeId, caller);
        Optional<AllowanceBudget> found = budget(communeId, year);
        Long seen = found.map(AllowanceBudget::getVersion).orElse(null);
        if (!Objects.equals(seen, expectedVersion)) {
            throw new ConcurrentChangeException();
        }
        AllowanceBudget b;
        Map<String, Object> before;
        if (found.isPresent()) {
            b = found.get();
            before = b.auditState();
            b.change(amount, caller.username(), VietnamTime.now());
        } else {
            b = new AllowanceBudget(caller.provinceId(), communeId, year, amount, caller.username(),
                    VietnamTime.now());
            before = null;
            em.persist(b);
        }
        Flush.now(em, "error.concurrentChange");
        audit.record(caller.username(), before == null ? AuditAction.CREATE : AuditAction.UPDATE, "AllowanceBudget",
                b.getId(), caller.provinceId(), communeId, LocalizedText.of("audit.event.allowance.budgetSet",
                        commune.toString(), Integer.toString(year), b.getAmount()), before, b.auditState());
        return standing(commune, year, 0);
    }

    /** A commune's year: its budget and what has been approved of it so far. */
    public BudgetStanding standing(Long communeId, int year) {
        Caller caller = callers.current();
        Commune commune = commune(communeId, caller);
        caller.requireReadRoster(commune.getProvince().getId(), communeId);
        return standing(commune, year, 0);
    }

    /**
     * The year of a statement's month as it would stand once the statement is approved: what the approver is
     * warned with when the approval would go beyond the budget (approving stays allowed).
     */
    public BudgetStanding ifApproved(Long statementId) {
        Caller caller = callers.current();
        AllowanceStatement st = statementId == null ? null : em.find(AllowanceStatement.class, statementId);
        if (st == null || !st.getProvinceId().equals(caller.provinceId())) {
            throw new NotFoundException("AllowanceStatement", statementId);
        }
        caller.requireReadRoster(st.getProvinceId(), st.getCommuneId());
        return standing(em.find(Commune.class, st.getCommuneId()), st.month().getYear(),
                st.getState() == StatementState.SUBMITTED ? st.getTotal() : 0);
    }

    private BudgetStanding standing(Commune commune, int year, long pending) {
        Optional<AllowanceBudget> b = budget(commune.getId(), year);
        Number approved = em.createQuery("SELECT SUM(s.total) FROM AllowanceStatement s "
                        + "WHERE s.communeId = :c AND s.monthStart BETWEEN :first AND :last AND s.state IN "
                        + "(vn.cdtt.allowance.StatementState.APPROVED, vn.cdtt.allowance.StatementState.PAID)",
                        Number.class)
                .setParameter("c", commune.getId()).setParameter("first", LocalDate.of(year, 1, 1))
                .setParameter("last", LocalDate.of(year, 12, 1)).getSingleResult();
        return new BudgetStanding(commune.getId(), year, b.map(AllowanceBudget::getAmount).orElse(null),
                b.map(AllowanceBudget::getVersion).orElse(null), approved == null ? 0 : approved.longValue(), pending);
    }

    private Optional<AllowanceBudget> budget(Long communeId, int year) {
        return em.createQuery("SELECT b FROM AllowanceBudget b WHERE b.communeId = :c AND b.year = :y",
                        AllowanceBudget.class)
                .setParameter("c", communeId).setParameter("y", year).getResultList().stream().findFirst();
    }

    private Commune commune(Long id, Caller caller) {
        Commune c = id == null ? null : em.find(Commune.class, id);
        if (c == null || !c.getProvince().getId().equals(caller.provinceId())) {
            throw new NotFoundException("Commune", id);
        }
        return c;
    }
}
