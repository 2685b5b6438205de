package vn.cdtt.notification;

import jakarta.activation.DataHandler;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cdtt.common.FileDownload;
import vn.cdtt.common.VietnamTime;

/**
 * Sends the outbox through a Jakarta Mail session built from configuration ({@code mail.smtp.host},
 * {@code mail.smtp.port}, {@code mail.from}, optional {@code mail.user}/{@code mail.password},
 * {@code mail.smtp.starttls}; env MAIL_SMTP_HOST …). Every minute, at most a batch; a failing mail is tried
 * again up to {@link OutboxMail#MAX_ATTEMPTS} times. In demo mode nothing leaves the machine. A mail that carries
 * files gets them from the {@link MailAttachments} of their kind, written once per batch.
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

    @Inject
    @Any
    Instance<MailAttachments> attachmentWriters;

    private Session session;

    /** A file written for the mails of one batch. */
    private record Attachment(String fileName, String contentType, byte[] bytes) {
    }

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
        Map<String, List<Attachment>> written = new HashMap<>();
        for (OutboxMail mail : batch) {
            try {
                Transport.send(compose(mail, written));
                mail.sent(VietnamTime.now());
            } catch (MessagingException | IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Mail {0} to {1} not sent: {2}",
                        new Object[] {mail.getId(), mail.getRecipient(), e.getMessage()});
                mail.failed(e.getMessage());
            }
        }
    }

    /** The message of an outbox mail as it is sent: plain UTF-8 text, and its files when it carries some. */
    public MimeMessage compose(OutboxMail mail) throws MessagingException, IOException {
        return compose(mail, new HashMap<>());
    }

    private MimeMessage compose(OutboxMail mail, Map<String, List<Attachment>> written)
            throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient()));
        message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
        if (mail.getAttachments() == null) {
            message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
            return message;
        }
        List<Attachment> files = written.get(mail.getAttachments());
        if (files == null) {
            files = write(mail.getAttachments());
            written.put(mail.getAttachments(), files);
        }
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getBody(), StandardCharsets.UTF_8.name());
        parts.addBodyPart(text);
        for (Attachment file : files) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.bytes(), file.contentType())));
            part.setFileName(file.fileName()); // a name beyond ASCII is encoded by Jakarta Mail (RFC 2231)
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            parts.addBodyPart(part);
        }
        message.setContent(parts);
        message.saveChanges();
        return message;
    }

    private List<Attachment> write(String reference) throws IOException {
        int colon = reference.indexOf(':');
        String kind = colon < 0 ? reference : reference.substring(0, colon);
        MailAttachments writer = attachmentWriters.stream().filter(w -> w.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no writer of mail attachments " + kind));
        List<Attachment> files = new ArrayList<>();
        for (FileDownload f : writer.files(reference.substring(colon + 1))) {
            try (InputStream in = f.content()) {
                files.add(new Attachment(f.fileName(), f.contentType(), in.readAllBytes()));
            }
        }
        return files;
    }
}
