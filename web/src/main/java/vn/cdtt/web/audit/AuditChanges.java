package vn.cdtt.web.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.cdtt.audit.AuditEntry;
import vn.cdtt.web.common.Faces;

/** Turns an audit entry's before and after states into the list of fields that changed. */
@Named
@ApplicationScoped
public class AuditChanges {

    /** One changed field: its name and its value before and after (empty when absent). */
    public record Change(String field, String before, String after) {
    }

    public List<Change> of(AuditEntry entry) {
        JsonObject before = parse(entry.getBeforeState());
        JsonObject after = parse(entry.getAfterState());
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String f : fields) {
            String b = text(before.get(f));
            String a = text(after.get(f));
            if (!b.equals(a)) {
                changes.add(new Change(label(entry.getEntityType(), f), b, a));
            }
        }
        return changes;
    }

    /** The field's label from the bundle (member.phone, team.leader, …), or its code name if there is none. */
    private static String label(String entityType, String field) {
        String prefix = switch (entityType) {
            case "Member" -> "member.";
            case "Team" -> "team.";
            case "Account" -> "account.";
            case "SiteSession" -> "site.session.";
            default -> "catalogue.";
        };
        String text = Faces.text(prefix + field);
        return text.startsWith("???") ? field : text;
    }

    private static JsonObject parse(String json) {
        if (json == null || json.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return r.readObject();
        } catch (RuntimeException e) {
            // a state cut at 4000 characters is no longer JSON: show nothing rather than fail the page
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }

    private static String text(JsonValue v) {
        if (v == null || v == JsonValue.NULL) {
            return "";
        }
        return v instanceof JsonString s ? s.getString() : v.toString();
    }
}
