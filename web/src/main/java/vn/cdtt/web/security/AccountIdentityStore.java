package vn.cdtt.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cdtt.account.AccountService;
import vn.cdtt.account.LoginOutcome;

/**
 * Checks user name and password against the account table (PBKDF2), throttled per name and client address, and gives
 * the role as group. The outcome is left on the request for the login page, which says how long to wait.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    /** The request attribute holding the {@link LoginOutcome} of this request's login. */
    public static final String OUTCOME = LoginOutcome.class.getName();

    @EJB
    AccountService accounts;

    @Inject
    HttpServletRequest request;

    /**
     * Behind a reverse proxy every request comes from the proxy: name the header in which the proxy puts the client's
     * address (e.g. X-Real-IP; the proxy must overwrite it, never pass on the client's). Unset: the peer address.
     */
    @Inject
    @ConfigProperty(name = "cdtt.client.address.header")
    Optional<String> clientAddressHeader;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginOutcome outcome = accounts.authenticate(login.getCaller(), login.getPasswordAsString(), clientAddress());
        request.setAttribute(OUTCOME, outcome);
        if (!outcome.accepted()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(outcome.username(), Set.of(outcome.role().name()));
    }

    private String clientAddress() {
        String forwarded = clientAddressHeader.filter(h -> !h.isBlank()).map(request::getHeader).orElse(null);
        return forwarded == null || forwarded.isBlank() ? request.getRemoteAddr() : forwarded.trim();
    }
}
