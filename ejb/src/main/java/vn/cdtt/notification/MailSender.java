package vn.cdtt.notification;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cdtt.common.VietnamTime;

/**
 * Sends the outbox through a Jakarta Mail session built from configuration ({@code mail.smtp.host},
 * {@code mail.smtp.port}, {@code mail.from}, optional {@code mail.user}/{@code mail.password},
 * {@code mail.smtp.starttls}; env MAIL_SMTP_HOST …). Every minute, at most a batch; a failing mail is tried
 * again up to {@link OutboxMail#MAX_ATTEMPTS} times. In demo mode nothing leaves the machine.
 */
@Singleton
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    private static final int BATCH = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    vn.cdtt.common.Operations operations;

    @Inject
    @ConfigProperty(name = "cdtt.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "mail.smtp.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "mail.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "mail.smtp.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "mail.from", defaultValue = "cdtt@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "mail.password")
    Optional<String> password;

    private Session session;

    @PostConstruct
    void init() {
        Properties p = new Properties();
        p.put("mail.smtp.host", host);
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        if (user.isPresent()) {
            p.put("mail.smtp.auth", "true");
            session = Session.getInstance(p, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            });
        } else {
            session = Session.getInstance(p);
        }
    }

    @Schedule(hour = "*", minute = "*", persistent = false)
    public void sendPending() {
        operations.timerRan("mail_sender");
        if (demo) {
            return;
        }
        List<OutboxMail> batch = em.createQuery("SELECT m FROM OutboxMail m WHERE m.status = "
                + "vn.cdtt.notification.MailStatus.PENDING ORDER BY m.id", OutboxMail.class)
                .setMaxResults(BATCH).getResultList();
        for (OutboxMail mail : batch) {
            try {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress(from));
                message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient()));
                message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
                message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
                Transport.send(message);
                mail.sent(VietnamTime.now());
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.WARNING, "Mail {0} to {1} not sent: {2}",
                        new Object[] {mail.getId(), mail.getRecipient(), e.getMessage()});
                mail.failed(e.getMessage());
            }
        }
    }
}
