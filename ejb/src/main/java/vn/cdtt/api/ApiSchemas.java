package vn.cdtt.api;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import vn.cdtt.commune.CommuneType;
import vn.cdtt.commune.SessionPart;
import vn.cdtt.commune.SiteKind;
import vn.cdtt.duty.CoverageLight;
import vn.cdtt.duty.HelpService;
import vn.cdtt.duty.Presence;
import vn.cdtt.rating.RatingColour;
import vn.cdtt.training.TargetMetric;
import vn.cdtt.training.TrainingStatus;

/**
 * The shapes of what the REST API ({@code vn.cdtt.web.api}) answers and accepts, as the OpenAPI document describes them:
 * one schema per DTO record of {@code ApiDtos}, with the same property names. Written here rather than read from the
 * records: Payara 6.2025.9 gives longs the type {@code number}, java.time values the type {@code object}, every schema
 * {@code maxProperties: 0}, and a generic page no item type. Ids and amounts are 64-bit integers (no number of this
 * API has a fraction: VND are whole), dates {@code 2030-01-07}, times of day Vietnam local time {@code 08:00:00},
 * moments with their offset ({@code 2030-01-07T08:05:00+07:00}); choices list the values of their Java enum.
 * ApiIT validates every answer of every endpoint against these schemas and fails on a property they do not name, so a
 * record and its schema cannot drift apart unnoticed.
 */
final class ApiSchemas {

    private ApiSchemas() {
    }

    /** The named schemas, for {@code components.schemas}. */
    static Map<String, Schema> all() {
        Map<String, Schema> s = new LinkedHashMap<>();
        s.put("Commune", object("A commune or ward of the province",
                "id", id(), "code", text("The official code (5 digits)"), "name", text(null),
                "type", choice(CommuneType.values())));
        s.put("SiteSession", object("A weekly opening session of a site",
                "dayOfWeek", choice(DayOfWeek.values()), "part", choice(SessionPart.values()), "start", time(),
                "end", time(), "seats", count("Members on duty at once")));
        s.put("Site", object("A public administrative service centre site and its weekly sessions",
                "id", id(), "communeId", id(), "name", text(null), "kind", choice(SiteKind.values()),
                "address", text(null), "sessions", list(ref("SiteSession"))));
        s.put("OnDuty", object("A member on a shift, with their attendance",
                "assignmentId", id(), "memberName", text(null), "checkedInAt", moment(), "checkedOutAt", moment(),
                "presence", choice(Presence.values())));
        s.put("Shift", object("A shift at a site: seats, who is on it",
                "id", id(), "communeId", id(), "siteId", id(), "siteName", text(null), "date", date(),
                "part", choice(SessionPart.values()), "start", time(), "end", time(), "seats", count(null),
                "filled", count(null), "onDuty", list(ref("OnDuty"))));
        s.put("MyShift", object("One of the caller's shifts: their assignment (to check in on) and who else is on it",
                "shiftId", id(), "assignmentId", id(), "siteName", text(null), "siteAddress", text(null),
                "date", date(), "part", choice(SessionPart.values()), "start", time(), "end", time(),
                "checkedInAt", moment(), "checkedOutAt", moment(), "partners", list(text("A member's full name"))));
        s.put("Attendance", object("The caller's attendance on one of their shifts",
                "assignmentId", id(), "shiftId", id(), "checkedInAt", moment(), "checkedOutAt", moment(),
                "helped", helped()));
        s.put("Helped", object("Citizens helped on a shift, by service", "counts", helped())
                .addRequired("counts"));
        s.put("Coverage", object("A commune's week: seats required at its sites, filled, short, and the light",
                "communeId", id(), "communeName", text(null), "required", count(null), "filled", count(null),
                "seatsShort", count(null), "light", choice(CoverageLight.values())));
        s.put("Training", object("A digital-skills training session",
                "id", id(), "communeId", id(), "communeName", text(null), "place", text(null), "date", date(),
                "start", time(), "end", time(), "status", choice(TrainingStatus.values()),
                "leadTrainer", text("The lead trainer's full name"), "participants", count("Once held")));
        s.put("Unavailability", object("A part of a day the caller cannot be on duty",
                "id", id(), "date", date(), "part", choice(SessionPart.values()), "reason", text(null)));
        s.put("NewUnavailability", object("Declare that the caller cannot be on duty: a date, a part of the day, a reason",
                "date", date(), "part", choice(SessionPart.values()), "reason", text(null))
                .addRequired("date").addRequired("part"));
        s.put("Unmet", object("A criterion not met: its code and its name in the caller's language",
                "code", text(null), "name", text(null)));
        s.put("Rating", object("A commune's rating for a week: GREEN all met, YELLOW 1–5 unmet, RED more",
                "communeId", id(), "communeName", text(null), "colour", choice(RatingColour.values()),
                "unmet", list(ref("Unmet"))));
        s.put("WeekRating", object("One week of a commune's ratings (the week's Monday)",
                "monday", date(), "colour", choice(RatingColour.values()), "unmet", list(ref("Unmet"))));
        s.put("WeekFigures", object("A week's figures of a commune (communeId set) or of the province",
                "communeId", id(), "commune", text(null), "monday", date(), "shifts", count(null),
                "seatsRequired", count(null), "seatsFilled", count(null), "seatsShort", count(null),
                "attended", count(null), "noShows", count(null), "checkedIn", count(null),
                "attendanceRate", count("Percent of the seats whose member came, once a shift has ended"),
                "helped", helped(), "trainings", count(null), "participants", count(null), "requests", count(null),
                "requestsOpen", count(null), "requestsFilled", count(null)));
        s.put("NowFigures", object("Today's sessions at this moment",
                "sitesOpen", count(null), "staffed", count(null), "shortOf", count(null), "emptySites", count(null),
                "checkedIn", count(null)));
        s.put("TargetProgress", object("A training target of the year and what is done",
                "metric", choice(TargetMetric.values()), "target", amount(null), "actual", amount(null),
                "percent", count("0 to 100")));
        s.put("AllowancesOfYear", object("Support allowances of the year: statements approved and paid, in VND",
                "approvedStatements", count(null), "approved", amount("VND"), "paidStatements", count(null),
                "paid", amount("VND")));
        s.put("Dashboard", object("Tổng quan: now, this week (communes and total), 12 weeks of trend, training "
                        + "targets, allowances of the year",
                "communeId", id(), "today", date(), "now", ref("NowFigures"), "week", ref("WeekFigures"),
                "communes", list(ref("WeekFigures")), "trend", list(ref("WeekFigures")),
                "targets", list(ref("TargetProgress")), "allowances", ref("AllowancesOfYear")));
        s.put("TrainingTotals", object("Sums over the held sessions",
                "sessions", amount(null), "participants", amount(null), "male", amount(null), "female", amount(null),
                "under16", amount(null), "age16to59", amount(null), "age60plus", amount(null),
                "ethnicMinority", amount(null), "vneidActivated", amount(null), "dossiersFiled", amount(null),
                "epaymentOpened", amount(null)));
        s.put("TrainingLine", object("One row of a breakdown: a label in both languages, sessions held and participants",
                "labelVi", text(null), "labelEn", text(null), "sessions", amount(null), "participants", amount(null)));
        s.put("TrainingTarget", object("A target of the year against what was recorded",
                "metric", choice(TargetMetric.values()), "target", amount(null), "actual", amount(null)));
        s.put("TrainingReport", object("The training figures of a year: totals of held sessions, breakdowns by commune, "
                        + "topic, target group, language and month, the province's targets with progress",
                "year", count(null), "totals", ref("TrainingTotals"), "byCommune", list(ref("TrainingLine")),
                "byTopic", list(ref("TrainingLine")), "byGroup", list(ref("TrainingLine")),
                "byLanguage", list(ref("TrainingLine")), "byMonth", list(ref("TrainingLine")),
                "targets", list(ref("TrainingTarget"))));
        return s;
    }

    /** A page of a list of {@code item}s: the API's envelope for every list that is paged. */
    static Schema pageOf(String item) {
        return object("One page of " + item + " items: page (from 1), size, total of all",
                "items", list(ref(item)), "page", count("From 1"), "size", count("1 to 100"),
                "total", amount("All matching items; also in the X-Total-Count header"))
                .addRequired("items").addRequired("page").addRequired("size").addRequired("total");
    }

    /** A whole list of {@code item}s (the lists that are not paged). */
    static Schema listOf(String item) {
        return list(ref(item));
    }

    static Schema ref(String name) {
        return OASFactory.createSchema().ref("#/components/schemas/" + name);
    }

    private static Schema object(String description, Object... properties) {
        Schema object = OASFactory.createSchema().type(SchemaType.OBJECT).description(description);
        for (int i = 0; i < properties.length; i += 2) {
            object.addProperty((String) properties[i], (Schema) properties[i + 1]);
        }
        return object;
    }

    private static Schema id() {
        return OASFactory.createSchema().type(SchemaType.INTEGER).format("int64");
    }

    private static Schema amount(String description) {
        return OASFactory.createSchema().type(SchemaType.INTEGER).format("int64").description(description);
    }

    private static Schema count(String description) {
        return OASFactory.createSchema().type(SchemaType.INTEGER).format("int32").description(description);
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(SchemaType.STRING).description(description);
    }

    private static Schema date() {
        return OASFactory.createSchema().type(SchemaType.STRING).format("date").example("2030-01-07");
    }

    private static Schema time() {
        return OASFactory.createSchema().type(SchemaType.STRING).pattern("^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$")
                .description("Vietnam local time of day").example("08:00:00");
    }

    private static Schema moment() {
        return OASFactory.createSchema().type(SchemaType.STRING).format("date-time").example("2030-01-07T08:05:00+07:00");
    }

    private static Schema choice(Enum<?>[] values) {
        return OASFactory.createSchema().type(SchemaType.STRING)
                .enumeration(Arrays.stream(values).map(v -> (Object) v.name()).toList());
    }

    private static Schema list(Schema items) {
        return OASFactory.createSchema().type(SchemaType.ARRAY).items(items);
    }

    /** Citizens helped by service: the services as keys, counts as values. */
    private static Schema helped() {
        List<String> services = Arrays.stream(HelpService.values()).map(Enum::name).toList();
        return OASFactory.createSchema().type(SchemaType.OBJECT)
                .description("Citizens helped by service (" + String.join(", ", services) + ")")
                .additionalPropertiesSchema(count(null));
    }
}
