package vn.cdtt.commune;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.cdtt.common.InvalidInputException;

/**
 * The one guard of a commune's submitted month: while its allowance statement is under review (SUBMITTED), the
 * work inside it – attendance, shifts, training sessions and their results – cannot change, so the numbers the
 * province approves are the numbers of the work. Every service that changes such work calls
 * {@link #requireOpen} once, where it loads the record it is about to change.
 *
 * <p>The statement table is read by entity name: the allowance feature builds on duty and training, which call this,
 * so this kernel cannot import it (the same way {@code vn.cdtt.security.Callers} reads accounts).
 */
@ApplicationScoped
public class MonthLock {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    @PersistenceContext
    EntityManager em;

    /** Refuses a change to work of {@code day} in the commune when that month has been submitted. */
    public void requireOpen(Long communeId, LocalDate day) {
        List<Commune> locked = em.createQuery("SELECT c FROM Commune c WHERE c.id = :c AND EXISTS (SELECT st FROM "
                        + "AllowanceStatement st WHERE st.communeId = c.id AND st.monthStart = :m "
                        + "AND st.state = vn.cdtt.allowance.StatementState.SUBMITTED)", Commune.class)
                .setParameter("c", communeId).setParameter("m", day.withDayOfMonth(1)).getResultList();
        if (!locked.isEmpty()) {
            throw new InvalidInputException("allowance.month.locked", day.format(MONTH), locked.get(0).toString());
        }
    }
}
