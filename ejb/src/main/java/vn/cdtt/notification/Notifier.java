package vn.cdtt.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cdtt.account.Account;
import vn.cdtt.common.Messages;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.roster.Member;

/**
 * Tells members what changed for them: a message in their in-app inbox (when they have an account) and an
 * e-mail to the outbox (when they have an address and have not turned e-mail off), both in their language and
 * both in the caller's transaction, so nobody hears of a change that was rolled back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Notifier {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /**
     * Where e-mail links go under {@code cdtt.url}: the web layer answers {@code go/<target code>} with the page
     * (vn.cdtt.web.account.TargetServlet), so no page name is written here.
     */
    public static final String LINK_PATH = "go/";

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "cdtt.demo", defaultValue = "false")
    boolean demo;

    /** The address of the application as users reach it, for links in e-mails. */
    @Inject
    @ConfigProperty(name = "cdtt.url", defaultValue = "http://localhost:8080/cdtt/")
    String baseUrl;

    /** One notification of {@code kind} to each member, leading to {@code target} (may be null). */
    public void members(Collection<Member> recipients, NotificationKind kind, NotificationTarget target, String dedupKey,
                        Object... args) {
        if (recipients.isEmpty()) {
            return;
        }
        List<Long> ids = recipients.stream().map(Member::getId).distinct().toList();
        Map<Long, Account> accounts = new HashMap<>();
        em.createQuery("SELECT a FROM Account a WHERE a.memberId IN :ids AND a.enabled = TRUE", Account.class)
                .setParameter("ids", ids).getResultList().forEach(a -> accounts.put(a.getMemberId(), a));
        LocalDateTime now = VietnamTime.now();
        for (Member m : recipients) {
            Account account = accounts.get(m.getId());
            Locale locale = Messages.supported(account == null ? "vi" : account.getLocale());
            String text = Messages.get(locale, "notify." + kind, localized(locale, args));
            if (account != null) {
                em.persist(new Notification(account.getId(), kind, text, target, dedupKey, now));
            }
            if (m.getEmail() != null && !m.getEmail().isBlank() && (account == null || account.isEmailNotifications())) {
                String body = text + "\n\n" + baseUrl + (target == null ? "" : LINK_PATH + target.code()) + "\n\n"
                        + Messages.get(locale, "notify.footer");
                em.persist(new OutboxMail(m.getProvinceId(), m.getEmail(),
                        Messages.get(locale, "notify." + kind + ".subject"), body, demo, now));
            }
        }
    }

    public void member(Member recipient, NotificationKind kind, NotificationTarget target, String dedupKey,
                       Object... args) {
        members(List.of(recipient), kind, target, dedupKey, args);
    }

    /** In-app notifications to accounts without a member record (coordinators): inbox only. */
    public void accounts(Collection<Account> recipients, NotificationKind kind, NotificationTarget target,
                         Object... args) {
        LocalDateTime now = VietnamTime.now();
        for (Account a : recipients) {
            Locale locale = Messages.supported(a.getLocale());
            em.persist(new Notification(a.getId(), kind, Messages.get(locale, "notify." + kind, localized(locale, args)),
                    target, null, now));
        }
    }

    /** Dates as dd/MM/yyyy, times as HH:mm, enums by their bundle name, in the recipient's language. */
    private static Object[] localized(Locale locale, Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof LocalDate d) {
                out[i] = d.format(VietnamTime.DATE);
            } else if (a instanceof LocalTime t) {
                out[i] = t.format(TIME);
            } else if (a instanceof Enum<?> e) {
                out[i] = Messages.get(locale, e.getDeclaringClass().getSimpleName() + "." + e.name());
            } else {
                out[i] = a == null ? "" : a.toString();
            }
        }
        return out;
    }
}
