package vn.cdtt.common;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Completes the OpenAPI document Payara builds from the annotations of the REST API ({@code vn.cdtt.web.api}): the
 * problem document schema and the problem answers every operation may give (400, 401, 403, 404), written once here
 * instead of on every method (Payara does not apply class-level {@code @APIResponse}s). Named in
 * {@code mp.openapi.filter} of this module's microprofile-config.properties and kept in this module: Payara reads an
 * EAR's OpenAPI configuration, and loads the filter, with the application's class loader, which does not see the
 * web module's classes.
 */
public class ApiDocumentFilter implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    private static final Map<String, String> PROBLEMS = Map.of(
            "400", "Invalid input: a problem document, with errors by field",
            "401", "No token, or one unknown, expired or revoked, or of a disabled account",
            "403", "The caller's role or commune does not allow it",
            "404", "Not found, or not the caller's");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSchema(PROBLEM, problemSchema());
        if (api.getTags() != null) {
            // a tag named on a resource class and in the application's definition is listed twice; keep the
            // described one (the specification wants tag names unique)
            Map<String, Tag> tags = new java.util.LinkedHashMap<>();
            for (Tag tag : api.getTags()) {
                tags.merge(tag.getName(), tag, (kept, other) -> kept.getDescription() != null ? kept : other);
            }
            api.setTags(new java.util.ArrayList<>(tags.values()));
        }
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : api.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getResponses() == null) {
                    operation.setResponses(OASFactory.createAPIResponses());
                }
                PROBLEMS.forEach((status, description) -> {
                    if (operation.getResponses().getAPIResponse(status) == null) {
                        operation.getResponses().addAPIResponse(status, problem(description));
                    }
                });
            }
        }
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(PROBLEM_MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM))));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem document (application/problem+json), in the language of Accept-Language")
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("urn:cdtt:problem:<kind>: invalid-input, unauthorized, access-denied, not-found, "
                                + "concurrent-change, refused, unexpected, …"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .description("Every broken rule of invalid input")
                        .items(OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                                .addProperty("field", text).addProperty("detail", text)))
                .addRequired("type").addRequired("title").addRequired("status");
    }
}
