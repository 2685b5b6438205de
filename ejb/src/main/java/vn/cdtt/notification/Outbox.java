package vn.cdtt.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.cdtt.common.Page;
import vn.cdtt.common.PageRequest;
import vn.cdtt.security.Caller;
import vn.cdtt.security.Callers;
import vn.cdtt.security.Role;

/** The e-mail outbox of the province, newest first: what was (or, in demo mode, would have been) sent. */
@Stateless
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    public Page<OutboxMail> page(PageRequest page) {
        Caller caller = callers.current();
        caller.require(Role.PROVINCE_COORDINATOR);
        return Page.of(page, () -> em.createQuery("SELECT m FROM OutboxMail m WHERE m.provinceId = :p ORDER BY m.id DESC",
                        OutboxMail.class).setParameter("p", caller.provinceId()).setFirstResult(page.first())
                        .setMaxResults(page.size()).getResultList(),
                () -> em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.provinceId = :p", Long.class)
                        .setParameter("p", caller.provinceId()).getSingleResult());
    }
}
