package vn.cdtt.report;

import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.cdtt.common.VietnamTime;

/**
 * Every Monday at 07:00 (Asia/Ho_Chi_Minh) issues last week's report of every province. The timer is not persistent,
 * so every server of a cluster fires it; the report's unique week key lets one of them issue it and the others'
 * transactions fail on the key and skip.
 */
@Singleton
public class WeeklyReportTimer {

    private static final Logger LOG = Logger.getLogger(WeeklyReportTimer.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ReportWriter writer;

    @Schedule(dayOfWeek = "Mon", hour = "7", minute = "0", timezone = "Asia/Ho_Chi_Minh", persistent = false)
    public void monday() {
        run(VietnamTime.now());
    }

    /** Issues the report of the week before {@code now}'s for every province that has none; returns how many. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int run(LocalDateTime now) {
        LocalDate lastMonday = now.toLocalDate().with(DayOfWeek.MONDAY).minusWeeks(1);
        List<Long> provinces = em.createQuery("SELECT p.id FROM Province p WHERE NOT EXISTS (SELECT r FROM "
                        + "WeeklyReport r WHERE r.provinceId = p.id AND r.weekStart = :w) ORDER BY p.id", Long.class)
                .setParameter("w", lastMonday).getResultList();
        int issued = 0;
        for (Long province : provinces) {
            try {
                writer.issue(province, lastMonday, "system", false, now);
                issued++;
            } catch (EJBException e) {
                // another server issued it first (the unique week key), or it failed as a whole: nothing was stored
                LOG.log(Level.INFO, "weekly report of province {0}, week {1} not issued here: {2}",
                        new Object[] {province, lastMonday, e.getCause() == null ? e : e.getCause()});
            }
        }
        return issued;
    }
}
