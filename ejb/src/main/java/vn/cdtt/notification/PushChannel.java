package vn.cdtt.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Web push (standard Push API, VAPID): to every browser in which the member turned push on, for what concerns their
 * own duty – a new shift however it came (assigned by hand or by the quick fill, a seat taken from the open board,
 * the automatic roster applied: one digest), removal, change, cancellation, swap requests and decisions, the
 * day-before reminder – and for seats they could take: a shift given to the open board, a centre's request for
 * extra helpers published (one push per offer, to the members free at that time). The
 * pushes are only prepared here (one query for all recipients); {@link PushSender} encrypts and sends them after the
 * commit, asynchronously.
 */
@ApplicationScoped
public class PushChannel implements NotificationChannel {

    static final Set<NotificationKind> KINDS = EnumSet.of(NotificationKind.ASSIGNED, NotificationKind.REMOVED,
            NotificationKind.SHIFT_CHANGED, NotificationKind.SHIFT_CANCELLED, NotificationKind.SWAP_REQUESTED,
            NotificationKind.SWAP_ACCEPTED, NotificationKind.SWAP_DECIDED, NotificationKind.REMINDER,
            NotificationKind.AUTO_ROSTERED, NotificationKind.OPEN_SEAT, NotificationKind.REQUEST_SEATS);

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PushBatch> afterCommit;

    @Override
    public String name() {
        return "push";
    }

    @Override
    public boolean wants(Delivery d) {
        return KINDS.contains(d.kind()) && d.account() != null && d.account().isPushNotifications();
    }

    @Override
    public void deliver(List<Delivery> deliveries) {
        Map<Long, Delivery> byAccount = new HashMap<>();
        deliveries.forEach(d -> byAccount.put(d.account().getId(), d));
        List<PushMessage> messages = new ArrayList<>();
        em.createQuery("SELECT s FROM PushSubscription s WHERE s.accountId IN :accounts ORDER BY s.id",
                        PushSubscription.class)
                .setParameter("accounts", byAccount.keySet()).getResultList().forEach(s -> {
                    Delivery d = byAccount.get(s.getAccountId());
                    String payload = Json.createObjectBuilder().add("title", d.subject()).add("body", d.text())
                            .add("url", d.link()).build().toString();
                    messages.add(new PushMessage(s.getId(), s.getEndpoint(), s.getP256dh(), s.getAuth(), payload));
                });
        if (!messages.isEmpty()) {
            afterCommit.fire(new PushBatch(List.copyOf(messages)));
        }
    }
}
