package vn.cdtt.notification;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.martijndwars.webpush.Encoding;
import nl.martijndwars.webpush.Notification;
import nl.martijndwars.webpush.PushService;
import org.apache.http.HttpResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the pushes of a committed transaction (never before the commit, never inside it): encrypted aes128gcm with
 * a VAPID signature by the web-push library, one POST per browser. A push service's 404 or 410 means the browser
 * unsubscribed: its subscription is removed. Other failures are logged; a push is not retried (the inbox has it).
 * Unlike e-mail (whose demo addresses are made up), pushes go out in demo mode too: a subscription exists only
 * because someone turned push on in their own browser.
 */
@Stateless
public class PushSender {

    private static final Logger LOG = Logger.getLogger(PushSender.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    PushKeys pushKeys;

    @EJB
    PushSender self;

    /** The contact the push services may write to about this sender (VAPID "sub"). */
    @Inject
    @ConfigProperty(name = "cdtt.push.subject", defaultValue = "mailto:cdtt@localhost")
    String subject;

    /** Hands a committed transaction's pushes to {@link #send}; a rolled-back one's are dropped. */
    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) PushBatch batch) {
        self.send(batch.messages());
    }

    @Asynchronous
    public void send(List<PushMessage> messages) {
        PushService service;
        try {
            PushKeys.Keys keys = pushKeys.keys();
            service = new PushService(keys.publicKey(), keys.privateKey(), subject);
        } catch (java.security.GeneralSecurityException | RuntimeException e) {
            LOG.log(Level.WARNING, "Web push not sent: no VAPID keys", e);
            return;
        }
        for (PushMessage m : messages) {
            try {
                HttpResponse response = service.send(new Notification(m.endpoint(), m.p256dh(), m.auth(), m.payload()),
                        Encoding.AES128GCM);
                int status = response.getStatusLine().getStatusCode();
                if (status == 404 || status == 410) {
                    PushSubscription gone = em.find(PushSubscription.class, m.subscriptionId());
                    if (gone != null) {
                        em.remove(gone);
                    }
                } else if (status >= 300) {
                    LOG.log(Level.WARNING, "Web push {0} refused by {1}: HTTP {2}",
                            new Object[] {m.subscriptionId(), host(m.endpoint()), status});
                }
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                LOG.log(Level.WARNING, "Web push {0} to {1} not sent: {2}",
                        new Object[] {m.subscriptionId(), host(m.endpoint()), e.toString()});
            }
        }
    }

    private static String host(String endpoint) {
        return java.net.URI.create(endpoint).getHost();
    }
}
