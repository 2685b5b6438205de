package vn.cdtt.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Resolves the {@link Caller} of the current call from the account table; refuses unknown or disabled accounts. */
@ApplicationScoped
public class Callers {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerSource source;

    public Caller current() {
        String username = source.username().orElseThrow(AccessDeniedException::new);
        List<Account> found = em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                .setParameter("u", username).getResultList();
        if (found.isEmpty() || !found.get(0).isEnabled()) {
            throw new AccessDeniedException();
        }
        Account a = found.get(0);
        return new Caller(a.getId(), a.getUsername(), a.getRole(), a.getProvinceId(), a.getCommuneId(), a.getSiteId(),
                a.getMemberId(), a.getLocale());
    }
}
