package vn.cdtt.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.cdtt.common.LocalizedText;
import vn.cdtt.account.Account;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.Page;
import vn.cdtt.common.PageRequest;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;

/** The caller's own in-app inbox, and the e-mail choice that goes with it. Nobody reads another's inbox. */
@Stateless
public class Inbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    vn.cdtt.audit.AuditLog audit;

    public Page<Notification> mine(PageRequest page) {
        Caller caller = callers.current();
        return Page.of(page, () -> em.createQuery("SELECT n FROM Notification n WHERE n.accountId = :a "
                        + "ORDER BY n.createdAt DESC, n.id DESC", Notification.class)
                        .setParameter("a", caller.accountId()).setFirstResult(page.first()).setMaxResults(page.size())
                        .getResultList(),
                () -> em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.accountId = :a", Long.class)
                        .setParameter("a", caller.accountId()).getSingleResult());
    }

    public long unread() {
        Caller caller = callers.current();
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.accountId = :a AND n.readAt IS NULL",
                Long.class).setParameter("a", caller.accountId()).getSingleResult();
    }

    public void markRead(Long id) {
        Caller caller = callers.current();
        Notification n = id == null ? null : em.find(Notification.class, id);
        if (n == null || !n.getAccountId().equals(caller.accountId())) {
            throw new NotFoundException("Notification", id);
        }
        n.markRead(VietnamTime.now());
    }

    public int markAllRead() {
        Caller caller = callers.current();
        return em.createQuery("UPDATE Notification n SET n.readAt = :now WHERE n.accountId = :a AND n.readAt IS NULL")
                .setParameter("now", VietnamTime.now()).setParameter("a", caller.accountId()).executeUpdate();
    }

    public boolean isEmailOn() {
        return em.find(Account.class, callers.current().accountId()).isEmailNotifications();
    }

    /** Members turn e-mail on or off for themselves; the inbox always gets everything. */
    public void changeEmail(boolean on) {
        Caller caller = callers.current();
        caller.require(Role.MEMBER);
        Account account = em.find(Account.class, caller.accountId());
        boolean before = account.isEmailNotifications();
        account.setEmailNotifications(on);
        audit.record(caller.username(), vn.cdtt.audit.AuditAction.UPDATE, "Account", account.getId(),
                caller.provinceId(), caller.communeId(),
                LocalizedText.of(on ? "audit.event.account.emailOn" : "audit.event.account.emailOff"),
                java.util.Map.of("emailNotifications", before), java.util.Map.of("emailNotifications", on));
    }
}
