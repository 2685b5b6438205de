package vn.cdtt.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.cdtt.account.AccessTokens;
import vn.cdtt.common.Messages;

/**
 * Authentication of API calls ({@code /api/*}): a personal access token in {@code Authorization: Bearer …} and nothing
 * else. The session cookie is not looked at, so a page another site opens in a signed-in browser cannot call the API
 * with the user's cookie (no CSRF), and no session is made. Called by the application's one authentication mechanism
 * ({@code vn.cdtt.web.security.SessionFormAuthentication}) for every request to {@code /api/*}. A missing, unknown,
 * expired or revoked token, or one of a disabled account, is answered 401 with {@code WWW-Authenticate: Bearer} and a
 * problem document.
 */
@ApplicationScoped
public class BearerAuthentication {

    /** The path below the application that the API is under. */
    public static final String PATH = "/api/";

    @EJB
    AccessTokens tokens;

    public static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(PATH) || path.equals("/api");
    }

    public AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response,
                                         HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return context.isProtected() ? refuse(request, response, "api.token.missing", null) : context.doNothing();
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return refuse(request, response, "api.token.missing", "invalid_request");
        }
        Optional<AccessTokens.TokenLogin> login = tokens.authenticate(header.substring(7).trim());
        if (login.isEmpty()) {
            return refuse(request, response, "api.token.invalid", "invalid_token");
        }
        return context.notifyContainerAboutLogin(login.get().username(), Set.of(login.get().role().name()));
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, String key,
                                               String error) {
        Locale locale = ApiLocale.of(request.getHeader("Accept-Language"));
        Problem problem = Problems.of(locale, 401, "unauthorized", Messages.get(locale, key), request.getRequestURI(),
                null);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"cdtt\"" + (error == null ? "" : ", error=\"" + error + "\""));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            response.getWriter().write(Problems.json(problem));
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away: nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
