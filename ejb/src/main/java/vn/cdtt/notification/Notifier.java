package vn.cdtt.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.account.Account;
import vn.cdtt.common.Messages;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.roster.Member;

/**
 * Tells members what changed for them: a message in their in-app inbox (when they have an account), and through
 * each {@link NotificationChannel} the installation uses and the member chose – an e-mail to the outbox
 * ({@link EmailChannel}), a web push after the commit ({@link PushChannel}) – all decided in the caller's transaction,
 * so nobody hears of a change that was rolled back. The mail is written in the recipient's language (their
 * account's choice, Vietnamese without an account); the inbox message is shown in the reader's language.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Notifier {

    /**
     * Where e-mail links go under {@code cdtt.url}: the web layer answers {@code go/<target code>} with the page
     * (vn.cdtt.web.account.TargetServlet), so no page name is written here.
     */
    public static final String LINK_PATH = "go/";

    @PersistenceContext
    EntityManager em;

    /**
     * The channels this installation uses besides the inbox, by {@link NotificationChannel#name()}: {@code email},
     * {@code push} (env CDTT_NOTIFY_CHANNELS). Members then choose among them on their record page.
     */
    @Inject
    @ConfigProperty(name = "cdtt.notify.channels", defaultValue = "email,push")
    String enabledChannels;

    @Inject
    @Any
    Instance<NotificationChannel> channels;

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
        List<Delivery> deliveries = new ArrayList<>();
        for (Member m : recipients) {
            Account account = accounts.get(m.getId());
            Locale locale = Messages.supported(account == null ? "vi" : account.getLocale());
            LocalizedText message = Notification.textOf(kind, args);
            if (account != null) {
                em.persist(new Notification(account.getId(), kind, message, locale, target, dedupKey, now));
            }
            deliveries.add(new Delivery(m, account, locale, kind, Messages.get(locale, "notify." + kind + ".subject"),
                    message.render(locale), baseUrl + (target == null ? "" : LINK_PATH + target.code())));
        }
        Set<String> enabled = Set.of(enabledChannels.toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
        for (NotificationChannel channel : channels) {
            if (enabled.contains(channel.name())) {
                List<Delivery> wanted = deliveries.stream().filter(channel::wants).toList();
                if (!wanted.isEmpty()) {
                    channel.deliver(wanted);
                }
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
            em.persist(new Notification(a.getId(), kind, Notification.textOf(kind, args), locale, target, null, now));
        }
    }
}
