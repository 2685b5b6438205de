package vn.cdtt.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Resolves the {@link Caller} of the current call from the account table; refuses unknown or disabled accounts.
 * Part of the caller/role kernel every service uses; the accounts themselves are managed in vn.cdtt.account.
 */
@ApplicationScoped
public class Callers {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerSource source;

    public Caller current() {
        String username = ActingAs.current().or(source::username).orElseThrow(AccessDeniedException::new);
        // the account table is read by name (no import of vn.cdtt.account: account management builds on this kernel)
        List<Caller> found = em.createQuery("SELECT NEW vn.cdtt.security.Caller(a.id, a.username, a.role, a.provinceId, "
                        + "a.communeId, a.siteId, a.memberId, a.locale) FROM Account a WHERE a.username = :u "
                        + "AND a.enabled = TRUE", Caller.class)
                .setParameter("u", username).getResultList();
        if (found.isEmpty()) {
            throw new AccessDeniedException();
        }
        return found.get(0);
    }
}
