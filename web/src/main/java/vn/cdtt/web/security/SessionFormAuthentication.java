package vn.cdtt.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.Set;
import vn.cdtt.web.api.BearerAuthentication;

/**
 * Form login on our own Faces page, remembered in the HTTP session.
 * <p>
 * The login page hands the user name and password to {@code SecurityContext.authenticate}; the identity store
 * ({@link AccountIdentityStore}) checks them, and the name and role are kept in the session. Every later request
 * tells the container who the caller is from that session attribute, by name and role.
 * <p>
 * Why not Jakarta Security's built-in form mechanism: its "auto apply session" hands the container the principal
 * stored in the session, and Payara 6.2025.9 then shares one security context between threads (payara/Payara issue
 * 6145, fixed after this release), so about one signed-in request in fifty got 403 under concurrency. Naming the
 * caller afresh on each request does not take that path; the benchmark's load test measures it (README).
 * <p>
 * Calls of the REST API ({@code /api/*}) are authenticated by {@link BearerAuthentication} alone: a bearer token,
 * never the session.
 * <p>
 * A protected page asked for without a session leads to the login page; the page that was asked for (a GET) is
 * remembered and {@link LoginBacking} continues to it after login.
 */
@ApplicationScoped
public class SessionFormAuthentication implements HttpAuthenticationMechanism {

    /** The session attribute holding the {@link SignedIn} caller. */
    static final String CALLER = SignedIn.class.getName();
    /** The session attribute holding the page (path and query below the application) to continue to after login. */
    static final String CONTINUE_TO = SessionFormAuthentication.class.getName() + ".continueTo";

    /** Who is signed in on a session: enough to name the caller to the container on every request. */
    record SignedIn(String username, Set<String> groups) implements Serializable {
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    BearerAuthentication bearer;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        // this runs before the filters, and may answer itself (401 of the API, the redirect to the login page)
        SecurityHeadersFilter.setHeaders(request, response);
        if (BearerAuthentication.isApi(request)) {
            // the API: a bearer token only, never the session (no CSRF through the cookie, no session made)
            return bearer.validate(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                request.getSession(true).setAttribute(CALLER,
                        new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            }
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof SignedIn caller) {
            return context.notifyContainerAboutLogin(caller.username(), caller.groups());
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                String query = request.getQueryString();
                request.getSession(true).setAttribute(CONTINUE_TO, query == null ? path : path + "?" + query);
            }
            return context.redirect(request.getContextPath() + "/login.xhtml");
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
    }

    /** The page to continue to after a login (and forgets it): a path below the application, or the home page. */
    static String continueTo(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object target = session == null ? null : session.getAttribute(CONTINUE_TO);
        if (session != null) {
            session.removeAttribute(CONTINUE_TO);
        }
        return target instanceof String path && path.startsWith("/") && !path.startsWith("//") ? path : "/index.xhtml";
    }
}
