package vn.cdtt.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import vn.cdtt.common.Messages;

/** Builds problem documents: the type is {@code urn:cdtt:problem:<kind>}, the title a bundle key {@code api.problem.<kind>}. */
public final class Problems {

    private static final Jsonb JSON = JsonbBuilder.create();

    private Problems() {
    }

    public static Problem of(Locale locale, int status, String kind, String detail, String instance,
                             List<Problem.FieldError> errors) {
        return new Problem("urn:cdtt:problem:" + kind, Messages.get(locale, "api.problem." + kind), status, detail,
                instance, errors == null || errors.isEmpty() ? null : errors);
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem)
                .header("Cache-Control", "no-store").build();
    }

    /** The document as JSON text, for answers written outside Jakarta REST (the authentication mechanism). */
    public static String json(Problem problem) {
        return JSON.toJson(problem);
    }
}
