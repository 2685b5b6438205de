package vn.cdtt.duty;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.notification.NotificationKind;
import vn.cdtt.notification.NotificationTarget;
import vn.cdtt.notification.Notifier;

/**
 * The reminder the day before each shift. The timer runs every hour of the working day, so a server that was down
 * at the first run still reminds; each assignment is marked as reminded by a conditional update in the same
 * transaction as its notification, so neither a second run, a restart nor a second server reminds twice.
 */
@Singleton
public class ShiftReminders {

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifier notifier;

    @Inject
    vn.cdtt.common.Operations operations;

    @Schedule(hour = "7-21", minute = "5", timezone = "Asia/Ho_Chi_Minh", persistent = false)
    public void remindTomorrow() {
        operations.timerRan("shift_reminders");
        remind(VietnamTime.today().plusDays(1));
    }

    /** Reminds everyone on a shift of {@code day} who has not been reminded yet; returns how many were. */
    public int remind(LocalDate day) {
        List<Assignment> due = em.createQuery("SELECT a FROM Assignment a JOIN FETCH a.shift s JOIN FETCH a.member "
                        + "WHERE s.date = :d AND a.remindedAt IS NULL", Assignment.class)
                .setParameter("d", day).setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "a.shift.site").getResultList();
        LocalDateTime now = VietnamTime.now();
        int sent = 0;
        for (Assignment a : due) {
            int claimed = em.createQuery("UPDATE Assignment a SET a.remindedAt = :now WHERE a.id = :id "
                    + "AND a.remindedAt IS NULL").setParameter("now", now).setParameter("id", a.getId()).executeUpdate();
            if (claimed == 1) {
                Shift s = a.getShift();
                notifier.member(a.getMember(), NotificationKind.REMINDER, NotificationTarget.MY_SHIFTS,
                        "reminder-" + a.getId(), s.getSite().getName(), s.getDate(), s.getPart(), s.getStartTime(),
                        s.getEndTime(), s.getSite().getAddress());
                sent++;
            }
        }
        return sent;
    }
}
