package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cdtt.account.AccessTokens;
import vn.cdtt.account.AccountService;
import vn.cdtt.common.VietnamTime;
import vn.cdtt.it.support.ActingCaller;
import vn.cdtt.it.support.ApiDocument;
import vn.cdtt.it.support.Fixtures;
import vn.cdtt.it.support.IntegrationTest;
import vn.cdtt.it.support.TestClock;
import vn.cdtt.it.support.WebSession;
import vn.cdtt.security.Role;

/**
 * The REST API over HTTP as a client sees it: every endpoint for every role, in the caller's own commune and in
 * another (table-driven), personal access tokens (revoked, expired, disabled account: 401 with a problem document),
 * no session and no cookie, problem documents for bad input in the caller's language, paging totals, ETags, the
 * member's check-in and unavailability, health, and the operations metrics for the province or this machine only.
 * Every answer is checked against the OpenAPI document the server serves ({@link ApiDocument}).
 */
class ApiIT extends IntegrationTest {

    private static final String OWN = "21601";
    private static final String OTHER = "21609";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Inject
    AccessTokens tokens;

    @Inject
    AccountService accounts;

    @Inject
    HttpServletRequest request;

    @Inject
    vn.cdtt.duty.MyShifts myShifts;

    /** The callers of the table: one token per role, "none" without one. */
    private record Callers(Map<String, String> tokenByRole, Long own, Long other, Long memberId) {
    }

    private String server() {
        return "http://localhost:" + request.getLocalPort();
    }

    private String api() {
        return server() + request.getContextPath() + "/api/v1/";
    }

    private String token(String username) {
        ActingCaller.actAs(username);
        try {
            return tokens.create("ApiIT", null).secret();
        } finally {
            ActingCaller.clear();
        }
    }

    private Callers callers() {
        Long own = fixtures.commune(OWN);
        Long other = fixtures.commune(OTHER);
        fixtures.site(own);
        Long member = fixtures.member(own, "Rơ Lan Hoa");
        Map<String, String> byRole = new LinkedHashMap<>();
        byRole.put("province", token(fixtures.account(Role.PROVINCE_COORDINATOR, null)));
        byRole.put("commune", token(fixtures.account(Role.COMMUNE_COORDINATOR, own)));
        byRole.put("member", token(fixtures.account(Role.MEMBER, own, member)));
        byRole.put("viewer", token(fixtures.account(Role.VIEWER, null)));
        byRole.put("staff", token(fixtures.account(Role.CENTRE_STAFF, own)));
        byRole.put("none", null);
        return new Callers(byRole, own, other, member);
    }

    /** The OpenAPI document the server serves, read once per test. */
    private ApiDocument document;

    /**
     * A call of the API. Every answer of an operation the OpenAPI document describes (all but the operations
     * endpoints, which answer text or the document itself) must match the document's schema for its status: the
     * schemas of what the API answers are checked against what it really answers, answer by answer.
     */
    private HttpResponse<String> call(String method, String url, String token, String body, String... headers)
            throws Exception {
        HttpResponse<String> answer = send(method, url, token, body, headers);
        String path = answer.uri().getRawPath();
        if (path.contains("/api/v1/") && !path.contains("/api/v1/ops/") && answer.statusCode() != 304) {
            if (document == null) {
                document = ApiDocument.of(send("GET", api() + "ops/openapi", null, null, "Accept", "application/json")
                        .body());
            }
            if (document.describes(method, path)) {
                List<String> problems = document.check(method, path, answer.statusCode(),
                        answer.headers().firstValue("Content-Type").orElse(null), answer.body());
                assertTrue(problems.isEmpty(), "the answer does not match the OpenAPI document:\n"
                        + String.join("\n", problems) + "\n" + answer.body());
            } else {
                assertEquals(404, answer.statusCode(), method + " " + path + " is not in the OpenAPI document");
            }
        }
        return answer;
    }

    private HttpResponse<String> send(String method, String url, String token, String body, String... headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String token, String... headers) throws Exception {
        return call("GET", api() + path, token, null, headers);
    }

    private static JsonObject json(HttpResponse<String> r) {
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readObject();
        }
    }

    private static JsonArray array(HttpResponse<String> r) {
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readArray();
        }
    }

    private static void assertProblem(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.uri() + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                r.uri() + ": " + r.headers().map());
        JsonObject p = json(r);
        assertEquals(status, p.getInt("status"));
        assertTrue(p.getString("type").startsWith("urn:cdtt:problem:"), r.body());
        assertFalse(p.getString("title").isBlank(), r.body());
        assertFalse(p.getString("detail").isBlank(), r.body());
        assertTrue(p.getString("instance").contains("/api/v1/"), r.body());
    }

    /**
     * Every read endpoint × role × own/other commune, with the status the pages' rules give: province-wide readers see
     * every commune, a commune coordinator their own, a member and centre staff only their own things, nobody without a
     * token anything.
     */
    @Test
    void everyEndpointAnswersEachRoleAsThePagesRulesSay() throws Exception {
        Callers c = callers();
        // endpoint (with {c} for a commune) → expected status by role, for the own commune, then for the other
        record Row(String path, Map<String, Integer> own, Map<String, Integer> other) {
        }
        Map<String, Integer> wholeProvinceAndOwnCoordinator = Map.of("province", 200, "commune", 200, "member", 403,
                "viewer", 200, "staff", 403, "none", 401);
        Map<String, Integer> wholeProvinceOnly = Map.of("province", 200, "commune", 403, "member", 403,
                "viewer", 200, "staff", 403, "none", 401);
        Map<String, Integer> everyone = Map.of("province", 200, "commune", 200, "member", 200, "viewer", 200,
                "staff", 200, "none", 401);
        Map<String, Integer> memberOnly = Map.of("province", 403, "commune", 403, "member", 200, "viewer", 403,
                "staff", 403, "none", 401);
        Map<String, Integer> notMemberOrStaff = Map.of("province", 200, "commune", 200, "member", 403, "viewer", 200,
                "staff", 403, "none", 401);
        List<Row> table = List.of(
                new Row("communes", everyone, everyone),
                // a commune's own people read its sites; province-wide readers every commune's
                new Row("communes/{c}/sites", everyone, wholeProvinceOnly),
                new Row("communes/{c}/shifts?week=2030-01-07", wholeProvinceAndOwnCoordinator, wholeProvinceOnly),
                new Row("coverage?week=2030-01-07", notMemberOrStaff, notMemberOrStaff),
                new Row("trainings?communeId={c}", wholeProvinceAndOwnCoordinator, wholeProvinceOnly),
                new Row("trainings/report?year=2030&communeId={c}", wholeProvinceAndOwnCoordinator, wholeProvinceOnly),
                new Row("ratings?week=2030-01-07", notMemberOrStaff, notMemberOrStaff),
                new Row("dashboard?communeId={c}", wholeProvinceAndOwnCoordinator, wholeProvinceOnly),
                new Row("communes/{c}/ratings?week=2030-01-07&weeks=2", wholeProvinceAndOwnCoordinator,
                        wholeProvinceOnly),
                new Row("me/shifts", memberOnly, memberOnly),
                new Row("me/trainings", memberOnly, memberOnly),
                new Row("me/unavailability", memberOnly, memberOnly));

        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Row row : table) {
            for (boolean own : new boolean[] {true, false}) {
                String path = row.path().replace("{c}", String.valueOf(own ? c.own() : c.other()));
                for (Map.Entry<String, String> caller : c.tokenByRole().entrySet()) {
                    int expected = (own ? row.own() : row.other()).get(caller.getKey());
                    HttpResponse<String> r = get(path, caller.getValue());
                    calls++;
                    if (r.statusCode() != expected) {
                        wrong.add(path + " as " + caller.getKey() + ": " + r.statusCode() + " (expected " + expected
                                + ") " + r.body());
                    } else if (expected >= 400) {
                        assertProblem(r, expected);
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertEquals(table.size() * 2 * 6, calls);
    }

    @Test
    void theMemberChecksInLogsCitizensAndDeclaresUnavailabilityButNotOnAnotherMembersShift() throws Exception {
        Callers c = callers();
        String member = c.tokenByRole().get("member");
        Long shift = fixtures.shiftNow(c.own(), c.memberId());
        Long partner = fixtures.member(c.own(), "Ksor Minh");
        Long otherShift = fixtures.shiftNow(c.own(), partner);

        JsonObject mine = json(get("me/shifts", member));
        JsonObject first = mine.getJsonArray("items").getJsonObject(0);
        assertEquals(shift.longValue(), first.getJsonNumber("shiftId").longValue());
        long assignment = first.getJsonNumber("assignmentId").longValue();

        HttpResponse<String> in = call("POST", api() + "me/assignments/" + assignment + "/check-in", member, null);
        assertEquals(200, in.statusCode(), in.body());
        assertFalse(json(in).isNull("checkedInAt"), in.body());
        assertProblem(call("POST", api() + "me/assignments/" + assignment + "/check-in", member, null), 400);

        HttpResponse<String> helped = call("PUT", api() + "me/assignments/" + assignment + "/helped", member,
                "{\"counts\":{\"VNEID\":3,\"KIOSK\":1}}");
        assertEquals(200, helped.statusCode(), helped.body());
        assertEquals(3, json(helped).getJsonObject("helped").getInt("VNEID"));

        long others = fixtures.assignment(otherShift, partner);
        assertProblem(call("POST", api() + "me/assignments/" + others + "/check-in", member, null), 404);
        assertProblem(call("POST", api() + "me/assignments/" + assignment + "/check-out",
                c.tokenByRole().get("commune"), null), 403);

        String day = fixtures.nextMonday().plusDays(2).toString();
        HttpResponse<String> declared = call("POST", api() + "me/unavailability", member,
                "{\"date\":\"" + day + "\",\"part\":\"MORNING\",\"reason\":\"Họp chi đoàn\"}");
        assertEquals(201, declared.statusCode(), declared.body());
        assertTrue(declared.headers().firstValue("Location").orElse("").contains("/api/v1/me/unavailability/"));
        long id = json(declared).getJsonNumber("id").longValue();
        assertEquals(1, array(get("me/unavailability", member)).size());
        assertEquals(204, call("DELETE", api() + "me/unavailability/" + id, member, null).statusCode());
        assertEquals(1, fixtures.auditCount("Unavailability", id, "CREATE"), "audited as on the page");
        assertEquals(2, fixtures.auditCount("Assignment", assignment, "UPDATE"), "check-in and citizens helped");
    }

    @Test
    void atNineInTheEveningTodaysMorningAndAfternoonShiftsAreNoLongerUpcomingTomorrowsAre() throws Exception {
        Long own = fixtures.commune(OWN);
        Long member = fixtures.member(own, "Rơ Ô Hạnh");
        String username = fixtures.account(Role.MEMBER, own, member);
        java.time.LocalDate monday = fixtures.nextMonday();
        fixtures.shiftAt(own, monday, LocalTime.of(7, 30), LocalTime.of(11, 30), member);
        fixtures.shiftAt(own, monday, LocalTime.of(13, 30), LocalTime.of(17, 0), member);
        Long tuesdayMorning = fixtures.shiftAt(own, monday.plusDays(1), LocalTime.of(7, 30), LocalTime.of(11, 30), member);
        Long tuesdayAfternoon = fixtures.shiftAt(own, monday.plusDays(1), LocalTime.of(13, 30), LocalTime.of(17, 0),
                member);
        TestClock.setNow(monday, LocalTime.of(21, 0));
        String token = token(username); // made that day: valid then

        JsonArray items = json(get("me/shifts", token)).getJsonArray("items");
        List<Long> listed = items.stream().map(v -> v.asJsonObject().getJsonNumber("shiftId").longValue()).toList();
        assertEquals(List.of(tuesdayMorning, tuesdayAfternoon), listed, items.toString());
        actAs(username);
        assertEquals(List.of(tuesdayMorning, tuesdayAfternoon),
                myShifts.next().stream().map(vn.cdtt.duty.Shift::getId).toList(),
                "the same rule on the home card and on Ca trực của tôi");

        TestClock.setNow(monday, LocalTime.of(16, 0));
        assertEquals(3, json(get("me/shifts", token)).getJsonArray("items").size(), "under way: still listed");
    }

    @Test
    void aRevokedExpiredOrForeignTokenAndADisabledAccountAreRefusedWith401() throws Exception {
        Long own = fixtures.commune(OWN);
        Long member = fixtures.member(own, "Siu Thanh");
        String username = fixtures.account(Role.MEMBER, own, member);
        actAs(username);
        AccessTokens.Created t = tokens.create("Điện thoại", VietnamTime.today().plusDays(1));
        ActingCaller.clear();
        assertEquals(200, get("me/shifts", t.secret()).statusCode());

        HttpResponse<String> forged = get("me/shifts", t.secret() + "x");
        assertProblem(forged, 401);
        assertTrue(forged.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), forged.headers().map().toString());
        HttpResponse<String> none = get("me/shifts", null);
        assertProblem(none, 401);
        for (HttpResponse<String> refused : List.of(forged, none)) {
            // the refusal is written before the application's filters: it carries the security headers all the same
            assertEquals("nosniff", refused.headers().firstValue("X-Content-Type-Options").orElse(""), refused.headers().map().toString());
            assertTrue(refused.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        }
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertTrue(json(none).getString("detail").contains("Authorization"), none.body());

        TestClock.setNow(VietnamTime.today().plusDays(2), LocalTime.of(8, 0));
        assertProblem(get("me/shifts", t.secret()), 401);
        TestClock.reset();
        assertEquals(200, get("me/shifts", t.secret()).statusCode(), "valid through its last day");

        actAs(username);
        tokens.revoke(t.id());
        assertEquals(1, fixtures.auditCount("AccessToken", t.id(), "CREATE"));
        assertEquals(1, fixtures.auditCount("AccessToken", t.id(), "UPDATE"), "revoking is audited");
        ActingCaller.clear();
        assertProblem(get("me/shifts", t.secret()), 401);

        String second = token(username);
        assertEquals(200, get("me/shifts", second).statusCode());
        actAs(fixtures.account(Role.PROVINCE_COORDINATOR, null));
        accounts.setEnabled(fixtures.accountId(username), false);
        ActingCaller.clear();
        assertProblem(get("me/shifts", second), 401);
    }

    @Test
    void theApiKeepsNoSessionAndASessionCookieAloneDoesNotAuthenticate() throws Exception {
        Long own = fixtures.commune(OWN);
        Long member = fixtures.member(own, "Nay Phương");
        String username = fixtures.account(Role.MEMBER, own, member);
        HttpResponse<String> answered = get("me/shifts", token(username));
        assertEquals(200, answered.statusCode());
        assertTrue(answered.headers().allValues("Set-Cookie").isEmpty(), "no session: " + answered.headers().map());

        // signed in on the pages: the browser's cookie reaches the API, but it is not a token
        WebSession browser = WebSession.signIn(server() + request.getContextPath() + "/", username, Fixtures.PASSWORD);
        HttpResponse<String> withCookie = browser.get("api/v1/me/shifts", Duration.ofSeconds(30));
        assertEquals(401, withCookie.statusCode(), withCookie.body());
    }

    @Test
    void badInputIsA400ProblemInTheCallersLanguage() throws Exception {
        Callers c = callers();
        String province = c.tokenByRole().get("province");
        HttpResponse<String> vi = get("communes/" + c.own() + "/shifts?week=07/01/2030", province);
        assertProblem(vi, 400);
        JsonObject problem = json(vi);
        assertEquals("urn:cdtt:problem:invalid-input", problem.getString("type"));
        assertEquals("week", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(problem.getString("detail").contains("năm-tháng-ngày"), vi.body());

        HttpResponse<String> en = get("communes?page=0", province, "Accept-Language", "en-GB,en;q=0.8");
        assertProblem(en, 400);
        assertTrue(json(en).getString("detail").contains("start at 1"), en.body());
        assertProblem(get("communes?size=101", province), 400);

        String member = c.tokenByRole().get("member");
        assertProblem(call("POST", api() + "me/unavailability", member, "{not json"), 400);
        HttpResponse<String> noPart = call("POST", api() + "me/unavailability", member,
                "{\"date\":\"2030-02-01\",\"part\":\"NIGHT\",\"reason\":\"x\"}", "Accept-Language", "en");
        assertProblem(noPart, 400);
        assertEquals("part", json(noPart).getJsonArray("errors").getJsonObject(0).getString("field"));
        HttpResponse<String> noReason = call("POST", api() + "me/unavailability", member,
                "{\"date\":\"2030-02-01\",\"part\":\"MORNING\"}");
        assertProblem(noReason, 400);
        assertProblem(get("no-such-thing", province), 404);
        assertProblem(get("communes/999999/shifts", province), 404);
        assertProblem(get("communes/999999999/sites", province), 404);
        HttpResponse<String> year = get("trainings/report?year=-5", province, "Accept-Language", "en");
        assertProblem(year, 400);
        assertEquals("year", json(year).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(json(year).getString("detail").contains("2000"), year.body());
        assertProblem(get("communes/" + c.own() + "/ratings?weeks=53", province), 400);
    }

    @Test
    void listsArePagedWithTotalsAndReadsAnswer304WhileNothingChanged() throws Exception {
        Callers c = callers();
        String province = c.tokenByRole().get("province");
        HttpResponse<String> page2 = get("communes?page=2&size=10", province);
        assertEquals(200, page2.statusCode());
        JsonObject body = json(page2);
        long total = body.getJsonNumber("total").longValue();
        assertTrue(total >= 100, "the province's communes: " + total);
        assertEquals(String.valueOf(total), page2.headers().firstValue("X-Total-Count").orElse(null));
        assertEquals(10, body.getJsonArray("items").size());
        assertEquals(2, body.getInt("page"));
        assertEquals(10, body.getInt("size"));
        HttpResponse<String> page1 = get("communes?page=1&size=10", province);
        assertFalse(json(page1).getJsonArray("items").get(0).equals(body.getJsonArray("items").get(0)),
                "page 2 is not page 1");
        HttpResponse<String> trainings = get("trainings?size=5", province);
        assertEquals(200, trainings.statusCode(), trainings.body());
        assertNotNull(trainings.headers().firstValue("X-Total-Count").orElse(null), "paged in the database, counted");

        String etag = page2.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = get("communes?page=2&size=10", province, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertTrue(again.body().isEmpty());
        assertEquals(200, get("communes?page=3&size=10", province, "If-None-Match", etag).statusCode(),
                "another page, another tag");

        String member = c.tokenByRole().get("member");
        HttpResponse<String> before = get("me/unavailability", member);
        String tag = before.headers().firstValue("ETag").orElseThrow();
        assertEquals(201, call("POST", api() + "me/unavailability", member, "{\"date\":\""
                + fixtures.nextMonday() + "\",\"part\":\"AFTERNOON\",\"reason\":\"Đi học\"}").statusCode());
        assertEquals(200, get("me/unavailability", member, "If-None-Match", tag).statusCode(), "changed: a new body");
    }

    @Test
    void healthIsPublicAndMetricsAreForTheProvinceOrThisMachine() throws Exception {
        Callers c = callers();
        HttpResponse<String> ready = call("GET", server() + "/health/ready", null, null);
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"database\"") && ready.body().contains("\"UP\""), ready.body());
        HttpResponse<String> live = call("GET", server() + "/health/live", null, null);
        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().contains("\"application\""), live.body());

        get("communes", c.tokenByRole().get("viewer"));
        WebSession.anonymous(server() + request.getContextPath() + "/").logIn("khong-co-ai." + System.nanoTime(), "sai");
        String metrics = api() + "ops/metrics";
        // through a proxy nobody is local: only the province coordinator
        String[] proxied = {"X-Forwarded-For", "203.0.113.7"};
        assertEquals(403, call("GET", metrics, null, null, proxied).statusCode());
        assertEquals(403, call("GET", metrics, c.tokenByRole().get("commune"), null, proxied).statusCode());
        assertEquals(403, call("GET", metrics, c.tokenByRole().get("viewer"), null, proxied).statusCode());
        HttpResponse<String> province = call("GET", metrics, c.tokenByRole().get("province"), null, proxied);
        assertEquals(200, province.statusCode(), province.body());
        assertTrue(province.body().contains("cdtt_api_requests_seconds_count{method=\"GET\",operation=\"CommunesResource.list\""),
                province.body());
        assertTrue(province.body().contains("cdtt_outbox_backlog "), province.body());
        assertTrue(province.body().contains("cdtt_login_failures_total{throttled=\"false\"} "), "a failed login counted");
        // a scraper on the server itself needs no token
        HttpResponse<String> local = call("GET", metrics, null, null);
        assertEquals(200, local.statusCode(), local.body());
    }

    /**
     * The OpenAPI document: served by Payara on this machine's ops listener only, relayed to the province coordinator,
     * and valid as far as a client generator needs: OpenAPI 3, every endpoint with its tag, a success answer and the
     * bearer scheme, every $ref resolving to a schema that exists, the problem document described.
     */
    @Test
    void theOpenApiDocumentIsForTheProvinceOrThisMachineAndHoldsTogether() throws Exception {
        Callers c = callers();
        String[] proxied = {"X-Forwarded-For", "203.0.113.7", "Accept", "application/json"};
        String address = api() + "ops/openapi";
        assertEquals(403, call("GET", address, c.tokenByRole().get("commune"), null, proxied).statusCode());
        assertEquals(403, call("GET", address, null, null, proxied).statusCode());
        HttpResponse<String> relayed = call("GET", address, c.tokenByRole().get("province"), null, proxied);
        assertEquals(200, relayed.statusCode(), relayed.body());
        HttpResponse<String> local = call("GET", "http://127.0.0.1:" + (request.getLocalPort() + 10) + "/openapi",
                null, null, "Accept", "application/json");
        assertEquals(200, local.statusCode(), "Payara's own endpoint on the ops listener");

        JsonObject doc = json(relayed);
        assertTrue(doc.getString("openapi").startsWith("3."), doc.getString("openapi"));
        assertFalse(doc.getJsonObject("info").getString("title").isBlank());
        JsonObject schemes = doc.getJsonObject("components").getJsonObject("securitySchemes");
        assertEquals("http", schemes.getJsonObject("bearer").getString("type"));
        assertEquals("bearer", schemes.getJsonObject("bearer").getString("scheme"));
        JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");
        JsonObject paths = doc.getJsonObject("paths");
        List<String> problems = new ArrayList<>();
        if (!schemas.containsKey("Problem")) {
            problems.add("no Problem schema in " + schemas.keySet());
        }
        List<String> expected = List.of("/communes", "/communes/{id}/sites", "/communes/{id}/shifts", "/coverage",
                "/trainings", "/trainings/report", "/ratings", "/communes/{id}/ratings", "/dashboard", "/me/shifts", "/me/trainings", "/me/unavailability",
                "/me/unavailability/{id}", "/me/assignments/{id}/check-in", "/me/assignments/{id}/check-out",
                "/me/assignments/{id}/helped");
        for (String e : expected) {
            if (paths.keySet().stream().noneMatch(p -> p.endsWith("/api/v1" + e) || p.equals(e))) {
                problems.add("no path " + e + " in " + paths.keySet());
            }
        }
        for (String path : paths.keySet()) {
            for (Map.Entry<String, JsonValue> op : paths.getJsonObject(path).entrySet()) {
                if (!List.of("get", "post", "put", "delete", "patch").contains(op.getKey())) {
                    continue;
                }
                JsonObject operation = op.getValue().asJsonObject();
                if (!operation.containsKey("tags") || operation.getJsonArray("tags").isEmpty()) {
                    problems.add(op.getKey() + " " + path + " has no tag");
                }
                if (!operation.containsKey("responses")
                        || operation.getJsonObject("responses").keySet().stream().noneMatch(k -> k.startsWith("2"))) {
                    problems.add(op.getKey() + " " + path + " has no success answer");
                }
            }
        }
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        for (String ref : refs) {
            String prefix = "#/components/schemas/";
            if (!ref.startsWith(prefix) || !schemas.containsKey(ref.substring(prefix.length()))) {
                problems.add("unresolved $ref " + ref);
            }
        }
        assertFalse(refs.isEmpty(), "schemas are referenced");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void collectRefs(JsonValue value, List<String> refs) {
        if (value instanceof JsonObject o) {
            o.forEach((k, v) -> {
                if ("$ref".equals(k) && v.getValueType() == JsonValue.ValueType.STRING) {
                    refs.add(((jakarta.json.JsonString) v).getString());
                } else {
                    collectRefs(v, refs);
                }
            });
        } else if (value instanceof JsonArray a) {
            a.forEach(v -> collectRefs(v, refs));
        }
    }
}
