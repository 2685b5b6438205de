package vn.cdtt.request;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import vn.cdtt.audit.AuditAction;
import vn.cdtt.audit.AuditLog;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.notification.NotificationKind;
import vn.cdtt.notification.NotificationTarget;
import vn.cdtt.notification.Notifier;

/**
 * The clock of helper requests, every quarter of an hour: at the start of the first session a request becomes FILLED
 * or SHORT, after the last one DONE; a request unanswered for {@link #ANSWER_WAIT} reminds its coordinators once, and
 * one still short {@link #SHORT_WARNING} before it starts reminds the province once. Each request is locked while it
 * moves, so a second run or server changes nothing twice.
 */
@Singleton
public class RequestTimer {

    public static final Duration ANSWER_WAIT = Duration.ofHours(24);
    public static final Duration SHORT_WARNING = Duration.ofHours(48);

    @PersistenceContext
    EntityManager em;

    @Inject
    HelperRequestService requests;

    @Inject
    Notifier notifier;

    @Inject
    AuditLog audit;

    @Inject
    vn.cdtt.common.Operations operations;

    @Schedule(hour = "*", minute = "*/15", timezone = "Asia/Ho_Chi_Minh", persistent = false)
    public void tick() {
        operations.timerRan("request_timer");
        run(VietnamTime.now());
    }

    /** Moves and reminds what is due at {@code now}; returns how many requests changed state. */
    public int run(LocalDateTime now) {
        int moved = 0;
        List<Long> live = em.createQuery("SELECT r.id FROM HelperRequest r WHERE r.state IN :live "
                        + "AND r.firstDay <= :soon", Long.class)
                .setParameter("live", List.of(RequestState.NEW, RequestState.ACCEPTED, RequestState.FILLING,
                        RequestState.FILLED, RequestState.SHORT))
                .setParameter("soon", now.toLocalDate().plusDays(SHORT_WARNING.toDays() + 1)).getResultList();
        for (Long id : live) {
            HelperRequest r = em.find(HelperRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
            RequestState before = r.getState();
            RequestProgress progress = requests.progressOf(r, null);
            if (!now.isBefore(r.start())) {
                r.settle(progress.shortBy() == 0);
            }
            if (!now.isBefore(r.end())) {
                r.finish();
            }
            if (r.getState() != before) {
                moved++;
                audit.record("system", AuditAction.UPDATE, "HelperRequest", r.getId(), r.getProvinceId(),
                        r.getCommuneId(), LocalizedText.of("audit.event.request.settled", r.getSite().getName(),
                                r.getFirstDay(), r.getState()), Map.of("state", before), Map.of("state", r.getState()));
            } else if (RequestState.SEATED.contains(r.getState()) && progress.shortBy() > 0
                    && r.getShortRemindedAt() == null && !now.plus(SHORT_WARNING).isBefore(r.start())) {
                r.shortReminded(now);
                notifier.accounts(requests.province(r.getProvinceId()), NotificationKind.REQUEST_SHORT,
                        NotificationTarget.HELPER_REQUESTS,
                        r.getSite().getName(), r.getFirstDay(), progress.shortBy());
            }
        }
        List<HelperRequest> unanswered = em.createQuery("SELECT r FROM HelperRequest r WHERE r.state = "
                        + "vn.cdtt.request.RequestState.NEW AND r.answerRemindedAt IS NULL AND r.filedAt <= :before",
                        HelperRequest.class).setParameter("before", now.minus(ANSWER_WAIT))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (HelperRequest r : unanswered) {
            r.answerReminded(now);
            notifier.accounts(requests.coordinatorsOf(r.getSite()), NotificationKind.REQUEST_WAITING,
                    NotificationTarget.HELPER_REQUESTS, r.getSite().getName(),
                    r.getFirstDay(), r.getFiledAt().toLocalDate());
        }
        return moved;
    }
}
