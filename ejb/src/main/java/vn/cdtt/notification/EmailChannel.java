package vn.cdtt.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cdtt.common.Messages;
import vn.cdtt.common.VietnamTime;

/**
 * E-mail: a mail in the outbox, in the caller's transaction ({@link MailSender} sends it after the commit), to members
 * with an address who have not turned e-mail off.
 */
@ApplicationScoped
public class EmailChannel implements NotificationChannel {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "cdtt.demo", defaultValue = "false")
    boolean demo;

    @Override
    public String name() {
        return "email";
    }

    @Override
    public boolean wants(Delivery d) {
        return d.member().getEmail() != null && !d.member().getEmail().isBlank()
                && (d.account() == null || d.account().isEmailNotifications());
    }

    @Override
    public void deliver(List<Delivery> deliveries) {
        for (Delivery d : deliveries) {
            String body = d.text() + "\n\n" + d.link() + "\n\n" + Messages.get(d.locale(), "notify.footer");
            em.persist(new OutboxMail(d.member().getProvinceId(), d.member().getEmail(), d.subject(), body, demo,
                    VietnamTime.now()));
        }
    }
}
