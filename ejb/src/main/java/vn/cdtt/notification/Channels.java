package vn.cdtt.notification;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cdtt.account.Account;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.roster.Member;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;

/**
 * The member's channels (the record page's "Nhận thông báo" panel): the inbox always, e-mail and web push as the
 * installation offers them ({@code cdtt.notify.channels}) and the member chooses; the browsers push goes to. Members
 * only, for themselves; every change audited.
 */
@Stateless
public class Channels {

    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]{8,200}={0,2}");
    private static final int MAX_ENDPOINT = 700;

    /** What the panel shows: the member's choices, what this installation offers, and the key browsers need. */
    public record Mine(boolean email, boolean emailAddress, boolean emailOffered, boolean push, boolean pushOffered,
                       long devices, String vapidPublicKey) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    @EJB
    PushKeys pushKeys;

    @Inject
    @ConfigProperty(name = "cdtt.notify.channels", defaultValue = "email,push")
    String offered;

    private boolean offers(String channel) {
        return List.of(offered.toLowerCase(Locale.ROOT).split("\\s*,\\s*")).contains(channel);
    }

    public Mine mine() {
        Caller caller = callers.current();
        caller.requireMember();
        Account account = em.find(Account.class, caller.accountId());
        Member member = em.find(Member.class, caller.memberId());
        long devices = em.createQuery("SELECT COUNT(s) FROM PushSubscription s WHERE s.accountId = :a", Long.class)
                .setParameter("a", account.getId()).getSingleResult();
        boolean pushOffered = offers("push");
        return new Mine(account.isEmailNotifications(), member.getEmail() != null && !member.getEmail().isBlank(),
                offers("email"), account.isPushNotifications(), pushOffered, devices,
                pushOffered ? pushKeys.keys().publicKey() : null);
    }

    /** E-mail and push on or off for the calling member (the inbox is always on). */
    public void choose(boolean email, boolean push) {
        Caller caller = callers.current();
        caller.requireMember();
        Account account = em.find(Account.class, caller.accountId());
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("emailNotifications", account.isEmailNotifications());
        before.put("pushNotifications", account.isPushNotifications());
        account.setEmailNotifications(email);
        account.setPushNotifications(push);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("emailNotifications", email);
        after.put("pushNotifications", push);
        if (!before.equals(after)) {
            audit.record(caller.username(), AuditAction.UPDATE, "Account", account.getId(), caller.provinceId(),
                    caller.communeId(), LocalizedText.of("audit.event.account.channels"), before, after);
        }
    }

    /** This browser's push subscription (Push API), for the calling member; the same browser again replaces it. */
    public void subscribe(String endpoint, String p256dh, String auth) {
        Caller caller = callers.current();
        caller.requireMember();
        if (!offers("push")) {
            throw new InvalidInputException("push.notOffered");
        }
        if (endpoint == null || endpoint.length() > MAX_ENDPOINT
                || !(endpoint.startsWith("https://") || endpoint.startsWith("http://localhost"))
                || p256dh == null || !BASE64URL.matcher(p256dh).matches()
                || auth == null || !BASE64URL.matcher(auth).matches()) {
            throw new InvalidInputException("push.subscription.invalid");
        }
        List<PushSubscription> same = em.createQuery("SELECT s FROM PushSubscription s WHERE s.endpoint = :e",
                PushSubscription.class).setParameter("e", endpoint).getResultList();
        PushSubscription s;
        if (same.isEmpty()) {
            s = new PushSubscription(caller.accountId(), endpoint, p256dh, auth, VietnamTime.now());
            em.persist(s);
        } else {
            s = same.get(0);
            s.renew(caller.accountId(), p256dh, auth, VietnamTime.now());
        }
        em.flush();
        audit.record(caller.username(), AuditAction.CREATE, "PushSubscription", s.getId(), caller.provinceId(),
                caller.communeId(), LocalizedText.of("audit.event.push.subscribed"), null,
                Map.of("endpointHost", java.net.URI.create(endpoint).getHost()));
    }

    /** This browser no longer gets pushes (the member turned it off there). */
    public void unsubscribe(String endpoint) {
        Caller caller = callers.current();
        caller.requireMember();
        em.createQuery("SELECT s FROM PushSubscription s WHERE s.endpoint = :e AND s.accountId = :a",
                        PushSubscription.class).setParameter("e", endpoint).setParameter("a", caller.accountId())
                .getResultList().forEach(s -> {
                    audit.record(caller.username(), AuditAction.DELETE, "PushSubscription", s.getId(),
                            caller.provinceId(), caller.communeId(), LocalizedText.of("audit.event.push.unsubscribed"),
                            Map.of("endpointHost", java.net.URI.create(s.getEndpoint()).getHost()), null);
                    em.remove(s);
                });
    }
}
