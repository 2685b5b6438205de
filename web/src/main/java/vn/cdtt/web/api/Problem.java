package vn.cdtt.web.api;

import java.util.List;

/**
 * An RFC 9457 problem document ({@code application/problem+json}): {@code type} names the kind of problem,
 * {@code title} says it in a few words, {@code detail} this occurrence, both in the caller's language; {@code errors}
 * lists every broken rule of invalid input, with the field it concerns where there is one.
 */
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One broken rule of the input: the field (may be null) and what is wrong, in the caller's language. */
    public record FieldError(String field, String detail) {
    }
}
