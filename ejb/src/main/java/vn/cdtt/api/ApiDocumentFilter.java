package vn.cdtt.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Completes the OpenAPI document Payara builds from the annotations of the REST API ({@code vn.cdtt.web.api}): the
 * schemas of what it answers and accepts ({@link ApiSchemas}, instead of those Payara derives from the records), a
 * page or list schema for every {@code XPage} / {@code XList} an operation names ({@code @Schema(ref = "CommunePage")}),
 * the problem document and the problem answers every operation may give (400, 401, 403, 404, written once here: Payara
 * does not apply class-level {@code @APIResponse}s), each tag once, and no keyword Payara adds of its own to the schemas
 * of parameters and answers ({@code maxProperties: 0}, {@code exclusiveMaximum: false} without a maximum, …).
 * Named in {@code mp.openapi.filter} of this module's microprofile-config.properties and kept in this module: Payara
 * reads an EAR's OpenAPI configuration, and loads the filter, with the application's class loader, which does not see
 * the web module's classes.
 */
public class ApiDocumentFilter implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    private static final String SCHEMAS = "#/components/schemas/";
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
        Map<String, Schema> schemas = new LinkedHashMap<>(ApiSchemas.all());
        schemas.put(PROBLEM, problemSchema());
        if (api.getTags() != null) {
            // a tag named on a resource class and in the application's definition is listed twice; keep the
            // described one (the specification wants tag names unique)
            Map<String, Tag> tags = new LinkedHashMap<>();
            for (Tag tag : api.getTags()) {
                tags.merge(tag.getName(), tag, (kept, other) -> kept.getDescription() != null ? kept : other);
            }
            api.setTags(new ArrayList<>(tags.values()));
        }
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            for (PathItem item : api.getPaths().getPathItems().values()) {
                for (Operation operation : item.getOperations().values()) {
                    complete(operation, schemas);
                }
            }
        }
        api.getComponents().setSchemas(schemas);
    }

    private static void complete(Operation operation, Map<String, Schema> schemas) {
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                parameter.setSchema(clean(parameter.getSchema(), schemas));
            }
        }
        if (operation.getRequestBody() != null) {
            clean(operation.getRequestBody().getContent(), schemas);
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (operation.getResponses().getAPIResponses() != null) {
            for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                clean(response.getContent(), schemas);
            }
        }
        PROBLEMS.forEach((status, description) -> {
            if (operation.getResponses().getAPIResponse(status) == null) {
                operation.getResponses().addAPIResponse(status, problem(description));
            }
        });
    }

    private static void clean(Content content, Map<String, Schema> schemas) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(type -> type.setSchema(clean(type.getSchema(), schemas)));
        }
    }

    /**
     * A schema as the annotations meant it: a reference alone (the page or list it names is made here), else the type,
     * format, description, items and choices, without the keywords Payara fills in with its defaults.
     */
    private static Schema clean(Schema schema, Map<String, Schema> schemas) {
        if (schema == null) {
            return null;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().startsWith(SCHEMAS) ? schema.getRef().substring(SCHEMAS.length())
                    : schema.getRef();
            if (name.endsWith("Page") && schemas.containsKey(name.substring(0, name.length() - 4))) {
                schemas.putIfAbsent(name, ApiSchemas.pageOf(name.substring(0, name.length() - 4)));
            } else if (name.endsWith("List") && schemas.containsKey(name.substring(0, name.length() - 4))) {
                schemas.putIfAbsent(name, ApiSchemas.listOf(name.substring(0, name.length() - 4)));
            }
            return ApiSchemas.ref(name);
        }
        // Payara writes a long (an id in the path) as "number": no number of this API has a fraction
        boolean whole = schema.getType() == Schema.SchemaType.NUMBER;
        Schema clean = OASFactory.createSchema().type(whole ? Schema.SchemaType.INTEGER : schema.getType())
                .format(whole ? "int64" : schema.getFormat())
                .description(schema.getDescription()).pattern(schema.getPattern()).enumeration(schema.getEnumeration())
                .defaultValue(schema.getDefaultValue()).minimum(schema.getMinimum()).maximum(schema.getMaximum());
        if (schema.getItems() != null) {
            clean.items(clean(schema.getItems(), schemas));
        }
        return clean;
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(PROBLEM_MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(ApiSchemas.ref(PROBLEM))));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem document (application/problem+json), in the language of Accept-Language")
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("urn:cdtt:problem:<kind>: invalid-input, unauthorized, access-denied, not-found, "
                                + "concurrent-change, refused, unexpected, …"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .description("Every broken rule of invalid input")
                        .items(OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                                .addProperty("field", text).addProperty("detail", text)))
                .addRequired("type").addRequired("title").addRequired("status");
    }
}
