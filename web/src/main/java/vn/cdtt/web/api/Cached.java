package vn.cdtt.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Answers to reads with an ETag (a hash of the JSON answered): a client that sends it back in If-None-Match gets 304
 * without a body while nothing changed. The answer is still computed (the data may have changed); what is saved is the
 * transfer, which is what a phone on 3G pays for. {@code Cache-Control: private, no-cache}: kept only by the caller,
 * asked again each time.
 */
final class Cached {

    private static final Jsonb JSON = JsonbBuilder.create();

    private Cached() {
    }

    static Response ok(Request request, Object body) {
        return ok(request, body, null);
    }

    /** With the total of a paged list in X-Total-Count. */
    static Response ok(Request request, Object body, Long total) {
        String json = JSON.toJson(body);
        EntityTag tag = new EntityTag(hash(json));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified
                : Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
        answer.tag(tag).header("Cache-Control", "private, no-cache");
        if (total != null) {
            answer.header("X-Total-Count", total);
        }
        return answer.build();
    }

    static Response page(Request request, PageOf<?> page) {
        return ok(request, page, page.total());
    }

    private static String hash(String json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
