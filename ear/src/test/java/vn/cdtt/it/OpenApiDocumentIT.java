package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import vn.cdtt.it.support.IntegrationTest;

/**
 * The OpenAPI document a client generator would read ({@code /api/v1/ops/openapi}) validates against the OpenAPI
 * specification (swagger-parser, on the test's side: the parser is not in the application), as JSON and as YAML: no
 * attribute the specification does not know, unique operation ids and tags, path parameters required. ApiIT checks
 * who may read it and that it describes every endpoint.
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
}
