package vn.cdtt.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The API's OpenAPI document as a client reads it, and the check of a real answer against it: the schema of the
 * operation's answer for that status and media type, with the keywords this document uses (type, format, properties,
 * items, required, additionalProperties, enum, pattern, $ref). Stricter than the document on one point: a property the
 * schema does not name is an error, so an answer cannot carry more than the document tells (a DTO field added without
 * describing it fails). A keyword the check does not know is an error too, so nothing in the document goes unchecked.
 * Runs in the test server (jakarta.json only), where ApiIT calls the API.
 */
public final class ApiDocument {

    private static final Set<String> KEYWORDS = Set.of("type", "format", "description", "properties", "items",
            "required", "additionalProperties", "enum", "pattern", "example", "$ref", "minimum", "maximum", "default");
    private static final String SCHEMAS = "#/components/schemas/";

    private final JsonObject document;

    private ApiDocument(JsonObject document) {
        this.document = document;
    }

    public static ApiDocument of(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return new ApiDocument(reader.readObject());
        }
    }

    /**
     * What is wrong with an answer: {@code method} and {@code path} as called (below the server, with the context
     * root and any query), its status, media type and body. Empty if the document describes it.
     */
    public List<String> check(String method, String path, int status, String mediaType, String body) {
        String at = method.toUpperCase(Locale.ROOT) + " " + path + " " + status;
        JsonObject operation = operation(method.toLowerCase(Locale.ROOT), path);
        if (operation == null) {
            return List.of(at + ": no such operation in the document");
        }
        JsonObject response = operation.getJsonObject("responses").getJsonObject(String.valueOf(status));
        if (response == null) {
            return List.of(at + ": the document gives no answer " + status);
        }
        if (body == null || body.isEmpty()) {
            return response.containsKey("content") ? List.of(at + ": empty, but the document describes a body")
                    : List.of();
        }
        JsonObject content = response.getJsonObject("content");
        String type = mediaType == null ? "" : mediaType.split(";")[0].trim();
        if (content == null || !content.containsKey(type)) {
            return List.of(at + ": the document gives no body of type " + type);
        }
        JsonValue answer;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            answer = reader.readValue();
        }
        List<String> problems = new ArrayList<>();
        validate(answer, content.getJsonObject(type).getJsonObject("schema"), at + " $", problems);
        return problems;
    }

    /** Whether the document has an operation for this method and path (as called). */
    public boolean describes(String method, String path) {
        return operation(method.toLowerCase(Locale.ROOT), path) != null;
    }

    /** The operation whose path template matches {@code path} (context root and query left out). */
    private JsonObject operation(String method, String path) {
        String bare = path.replaceFirst("\\?.*", "");
        for (Map.Entry<String, JsonValue> item : document.getJsonObject("paths").entrySet()) {
            Pattern template = Pattern.compile("(/[^/]+)?" + item.getKey().replaceAll("\\{[^}]+}", "[^/]+"));
            if (template.matcher(bare).matches()) {
                JsonObject operations = item.getValue().asJsonObject();
                return operations.containsKey(method) ? operations.getJsonObject(method) : null;
            }
        }
        return null;
    }

    private void validate(JsonValue value, JsonObject schema, String at, List<String> problems) {
        for (String keyword : schema.keySet()) {
            if (!KEYWORDS.contains(keyword)) {
                problems.add(at + ": the schema's keyword " + keyword + " is not checked here");
            }
        }
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            JsonObject named = ref.startsWith(SCHEMAS)
                    ? document.getJsonObject("components").getJsonObject("schemas").getJsonObject(ref.substring(SCHEMAS.length()))
                    : null;
            if (named == null) {
                problems.add(at + ": unresolved " + ref);
            } else {
                validate(value, named, at, problems);
            }
            return;
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            problems.add(at + ": null (an absent value is left out)");
            return;
        }
        String type = schema.getString("type", null);
        if (type == null) {
            problems.add(at + ": the schema has no type");
            return;
        }
        switch (type) {
            case "object" -> object(value, schema, at, problems);
            case "array" -> {
                if (!(value instanceof JsonArray array)) {
                    problems.add(at + ": " + value + " is not an array");
                } else if (!schema.containsKey("items")) {
                    problems.add(at + ": an array without items in the document");
                } else {
                    for (int i = 0; i < array.size(); i++) {
                        validate(array.get(i), schema.getJsonObject("items"), at + "[" + i + "]", problems);
                    }
                }
            }
            case "integer" -> {
                if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                    problems.add(at + ": " + value + " is not an integer");
                } else if ("int32".equals(schema.getString("format", null))
                        && (number.longValue() < Integer.MIN_VALUE || number.longValue() > Integer.MAX_VALUE)) {
                    problems.add(at + ": " + value + " is not an int32");
                }
            }
            case "number" -> {
                if (!(value instanceof JsonNumber)) {
                    problems.add(at + ": " + value + " is not a number");
                }
            }
            case "boolean" -> {
                if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                    problems.add(at + ": " + value + " is not a boolean");
                }
            }
            case "string" -> string(value, schema, at, problems);
            default -> problems.add(at + ": unknown type " + type);
        }
    }

    private void object(JsonValue value, JsonObject schema, String at, List<String> problems) {
        if (!(value instanceof JsonObject object)) {
            problems.add(at + ": " + value + " is not an object");
            return;
        }
        JsonObject properties = schema.containsKey("properties") ? schema.getJsonObject("properties")
                : JsonValue.EMPTY_JSON_OBJECT;
        JsonValue additional = schema.get("additionalProperties");
        if (properties.isEmpty() && additional == null) {
            problems.add(at + ": an object with neither properties nor additionalProperties in the document");
        }
        for (Map.Entry<String, JsonValue> property : object.entrySet()) {
            String name = property.getKey();
            if (properties.containsKey(name)) {
                validate(property.getValue(), properties.getJsonObject(name), at + "." + name, problems);
            } else if (additional instanceof JsonObject additionalSchema) {
                validate(property.getValue(), additionalSchema, at + "." + name, problems);
            } else if (additional != JsonValue.TRUE) {
                problems.add(at + "." + name + ": not in the document");
            }
        }
        if (schema.containsKey("required")) {
            for (JsonValue name : schema.getJsonArray("required")) {
                if (!object.containsKey(((JsonString) name).getString())) {
                    problems.add(at + ": required " + name + " is missing");
                }
            }
        }
    }

    private static void string(JsonValue value, JsonObject schema, String at, List<String> problems) {
        if (!(value instanceof JsonString string)) {
            problems.add(at + ": " + value + " is not a string");
            return;
        }
        String text = string.getString();
        if (schema.containsKey("enum") && !schema.getJsonArray("enum").contains(string)) {
            problems.add(at + ": " + value + " is not one of " + schema.getJsonArray("enum"));
        }
        if (schema.containsKey("pattern") && !Pattern.compile(schema.getString("pattern")).matcher(text).find()) {
            problems.add(at + ": " + value + " does not match " + schema.getString("pattern"));
        }
        String format = schema.getString("format", "");
        try {
            if (format.equals("date")) {
                LocalDate.parse(text);
            } else if (format.equals("date-time")) {
                OffsetDateTime.parse(text);
            }
        } catch (DateTimeParseException e) {
            problems.add(at + ": " + value + " is not a " + format);
        }
    }
}
