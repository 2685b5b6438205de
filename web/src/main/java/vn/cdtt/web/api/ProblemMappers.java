package vn.cdtt.web.api;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.cdtt.common.BusinessException;
import vn.cdtt.common.ConcurrentChangeException;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.Messages;
import vn.cdtt.common.NotFoundException;
import vn.cdtt.common.validation.Rules;
import vn.cdtt.security.AccessDeniedException;

/**
 * Every failure of an API call becomes a problem document in the caller's language, with the same messages the pages
 * show: the services' refusals ({@link BusinessException} and its kinds), Jakarta REST's own (unknown path, wrong
 * method, unreadable body), Bean Validation, and anything unexpected (500, logged once with an error id, no
 * exception text).
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private ProblemMappers() {
    }

    /** The problem for a service's refusal. */
    static Problem of(BusinessException e, Locale locale, String instance) {
        String detail = Messages.get(locale, e);
        if (e instanceof AccessDeniedException) {
            return Problems.of(locale, 403, "access-denied", detail, instance, null);
        }
        if (e instanceof NotFoundException) {
            return Problems.of(locale, 404, "not-found", detail, instance, null);
        }
        if (e instanceof ConcurrentChangeException) {
            return Problems.of(locale, 409, "concurrent-change", detail, instance, null);
        }
        if (e instanceof InvalidInputException invalid) {
            List<Problem.FieldError> errors = invalid.getProblems().stream()
                    .map(p -> new Problem.FieldError(p.field(), Messages.get(locale, p.messageKey(), p.arguments())))
                    .toList();
            return Problems.of(locale, 400, "invalid-input", detail, instance, errors);
        }
        // a rule of the domain refused it in the state things are in (a month under review, …)
        return Problems.of(locale, 409, "refused", detail, instance, null);
    }

    abstract static class Base<E extends Throwable> implements ExceptionMapper<E> {
        @Context
        HttpHeaders headers;

        @Context
        UriInfo uri;

        Locale locale() {
            return ApiLocale.of(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        }

        String instance() {
            return uri == null ? null : uri.getRequestUri().getRawPath();
        }

        Response unexpected(Throwable e) {
            StringBuilder id = new StringBuilder();
            String chars = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
            for (int i = 0; i < 8; i++) {
                id.append(chars.charAt(RANDOM.nextInt(chars.length())));
            }
            LOG.log(Level.SEVERE, e, () -> "Error " + id + " on API " + instance());
            return Problems.response(Problems.of(locale(), 500, "unexpected",
                    Messages.get(locale(), "api.problem.unexpected.detail", id.toString()), instance(), null));
        }
    }

    @Provider
    public static class BusinessMapper extends Base<BusinessException> {
        @Override
        public Response toResponse(BusinessException e) {
            return Problems.response(of(e, locale(), instance()));
        }
    }

    /**
     * A service's refusal the EJB container wrapped, or a text longer than its column that JPA refused when it wrote
     * the entity ({@link Rules#refusal}); anything else it wrapped is unexpected.
     */
    @Provider
    public static class EjbMapper extends Base<EJBException> {
        @Override
        public Response toResponse(EJBException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e.getCausedByException();
            if (cause instanceof BusinessException b) {
                return Problems.response(of(b, locale(), instance()));
            }
            return Rules.refusal(e).map(refused -> Problems.response(of(refused, locale(), instance())))
                    .orElseGet(() -> unexpected(e));
        }
    }

    @Provider
    public static class ValidationMapper extends Base<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(String.valueOf(v.getPropertyPath()), v.getMessage())).toList();
            return Problems.response(Problems.of(locale(), 400, "invalid-input",
                    Messages.get(locale(), "api.problem.invalid-input.detail"), instance(), errors));
        }
    }

    /** A body that is not the JSON expected. */
    @Provider
    public static class UnreadableMapper extends Base<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problems.response(Problems.of(locale(), 400, "invalid-input",
                    Messages.get(locale(), "api.problem.unreadable"), instance(), null));
        }
    }

    @Provider
    public static class ProcessingMapper extends Base<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return Problems.response(Problems.of(locale(), 400, "invalid-input",
                    Messages.get(locale(), "api.problem.unreadable"), instance(), null));
        }
    }

    /** Jakarta REST's own answers (404 unknown path, 405, 406, 415, a 400 of an unreadable body) as problems. */
    @Provider
    public static class WebMapper extends Base<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (status >= 500) {
                return unexpected(e);
            }
            String kind = switch (status) {
                case 400 -> "invalid-input";
                case 401 -> "unauthorized";
                case 403 -> "access-denied";
                case 404 -> "not-found";
                case 405 -> "method-not-allowed";
                case 406 -> "not-acceptable";
                case 415 -> "unsupported-media-type";
                default -> "refused";
            };
            String detail = switch (status) {
                case 400 -> Messages.get(locale(), "api.problem.unreadable");
                case 404 -> Messages.get(locale(), "api.problem.not-found.path");
                default -> Messages.get(locale(), "api.problem." + kind);
            };
            return Problems.response(Problems.of(locale(), status, kind, detail, instance(), null));
        }
    }

    /** Anything else (Jakarta REST picks the closest mapper, so the ones above win for their kinds). */
    @Provider
    public static class UnexpectedMapper extends Base<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException e) {
            return unexpected(e);
        }
    }
}
