package vn.cdtt.notification;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * How many e-mails wait in the outbox: a gauge of the operations metrics (README, "API"). Apart from
 * {@link MailSender}, a singleton that would make a reader wait while it sends.
 */
@Stateless
public class OutboxBacklog {

    @PersistenceContext
    EntityManager em;

    /** E-mails not yet sent and still to be tried. */
    public long pending() {
        return em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.status = vn.cdtt.notification.MailStatus.PENDING",
                Long.class).getSingleResult();
    }
}
