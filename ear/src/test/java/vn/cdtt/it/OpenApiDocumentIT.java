package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import vn.cdtt.it.support.IntegrationTest;

/**
 * The OpenAPI document a client generator would read ({@code /api/v1/ops/openapi}) validates against the OpenAPI
 * specification (swagger-parser, on the test's side: the parser is not in the application), as JSON and as YAML: no
 * attribute the specification does not know, unique operation ids and tags, path parameters required. And it says
 * what the API does, which swagger-parser does not look at: no keyword that contradicts the data (Payara's
 * {@code maxProperties: 0} on every object, {@code exclusiveMaximum} without a maximum), ids as 64-bit integers and no
 * fractional numbers, no object or array whose content is left open, every reference alone. ApiIT checks who may read
 * it, that it describes every endpoint, and every real answer against it.
 */
@RunAsClient
class OpenApiDocumentIT extends IntegrationTest {

    @ArquillianResource
    URL base;

    @Test
    void theDocumentValidatesAgainstTheSpecification() throws Exception {
        for (String type : List.of("application/json", "application/yaml")) {
            // the API's document as a client on this machine reads it (no token needed from here)
            HttpResponse<String> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(base + "api/v1/ops/openapi"))
                    .header("Accept", type).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, served.statusCode(), type);

            var options = new io.swagger.v3.parser.core.models.ParseOptions();
            options.setResolve(true);
            var result = new io.swagger.v3.parser.OpenAPIV3Parser().readContents(served.body(), null, options);

            assertTrue(result.getMessages() == null || result.getMessages().isEmpty(),
                    type + ": " + String.join("\n", result.getMessages()));
            var api = result.getOpenAPI();
            assertNotNull(api, type);
            assertTrue(api.getPaths().keySet().stream().anyMatch(p -> p.endsWith("/me/shifts")), api.getPaths().keySet()
                    .toString());
            assertNotNull(api.getComponents().getSecuritySchemes().get("bearer"));
        }
    }

    @Test
    void theDocumentSaysWhatTheApiAnswers() throws Exception {
        HttpResponse<String> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "api/v1/ops/openapi")).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode document = new ObjectMapper().readTree(served.body());
        List<String> problems = new ArrayList<>();
        JsonNode schemas = document.path("components").path("schemas");
        schemas.fields().forEachRemaining(e -> schema(e.getValue(), "components.schemas." + e.getKey(), null, problems));
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String at = op.getKey() + " " + path.getKey();
            for (JsonNode parameter : op.getValue().path("parameters")) {
                schema(parameter.get("schema"), at + " parameter " + parameter.path("name").asText(),
                        parameter.path("name").asText(), problems);
            }
            List<JsonNode> contents = new ArrayList<>();
            if (op.getValue().has("requestBody")) {
                contents.add(op.getValue().path("requestBody").path("content"));
            }
            op.getValue().path("responses").forEach(response -> {
                if (response.has("content")) {
                    contents.add(response.get("content"));
                }
            });
            for (JsonNode content : contents) {
                content.fields().forEachRemaining(type -> schema(type.getValue().get("schema"), at + " " + type.getKey(),
                        null, problems));
            }
        }));
        // the lists are pages of their items, not an open object
        for (String page : List.of("CommunePage", "CoveragePage", "TrainingPage", "RatingPage", "MyShiftPage")) {
            if (!schemas.path(page).path("properties").path("items").path("items").has("$ref")) {
                problems.add(page + ": no page of described items");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static final List<String> KEYWORDS = List.of("type", "format", "description", "properties", "items",
            "required", "additionalProperties", "enum", "pattern", "example", "$ref", "minimum", "maximum", "default");

    /** What is wrong with one schema of the document (and those within it); {@code name}: the property's. */
    private static void schema(JsonNode schema, String at, String name, List<String> problems) {
        if (schema == null || !schema.isObject()) {
            problems.add(at + ": no schema");
            return;
        }
        schema.fieldNames().forEachRemaining(keyword -> {
            if (!KEYWORDS.contains(keyword)) {
                problems.add(at + ": " + keyword + " " + schema.get(keyword));
            }
        });
        if (schema.has("$ref")) {
            if (schema.size() > 1) {
                problems.add(at + ": a reference with other keywords beside it " + schema);
            }
            return;
        }
        String type = schema.path("type").asText("");
        if (name != null && (name.equals("id") || name.endsWith("Id"))
                && !(type.equals("integer") && schema.path("format").asText("").equals("int64"))) {
            problems.add(at + ": an id as " + schema + ", not a 64-bit integer");
        }
        switch (type) {
            case "object" -> {
                if (!schema.has("properties") && !schema.has("additionalProperties")) {
                    problems.add(at + ": an object whose content is left open");
                }
                schema.path("properties").fields().forEachRemaining(p ->
                        schema(p.getValue(), at + "." + p.getKey(), p.getKey(), problems));
                if (schema.path("additionalProperties").isObject()) {
                    schema(schema.get("additionalProperties"), at + ".*", null, problems);
                }
            }
            case "array" -> {
                if (schema.has("items")) {
                    schema(schema.get("items"), at + "[]", null, problems);
                } else {
                    problems.add(at + ": an array of anything");
                }
            }
            case "string", "integer", "boolean" -> {
            }
            case "number" -> problems.add(at + ": a number with a fraction (every number of this API is whole)");
            default -> problems.add(at + ": no type");
        }
    }
}
