package io.relations.bootstrap.reliability;

import static io.relations.bootstrap.reliability.RandomPicks.pick;
import io.relations.domain.model.UserId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;

/**
 * Seeded hostile requests against every route: each starts as a valid call (the token its route
 * needs, a valid id, query and body) and gets one to three mutations of its path id, query string,
 * method, headers, body or request line. The same seed makes the same requests.
 */
final class HostileRequests {

    /** Whose token a route's valid call carries. */
    private enum Who { USER, ADMIN, CHANGE_READER }

    /** {@code {id}} in a template is a user's id, {@code {webhook}} a webhook subscription's. */
    private record RouteShape(String method, String template, String query, String body, Who who) {

        RouteShape(String method, String template, String query, String body, boolean admin) {
            this(method, template, query, body, admin ? Who.ADMIN : Who.USER);
        }

        boolean isApi() {
            return template.startsWith("/api/");
        }

        boolean admin() {
            return who == Who.ADMIN;
        }
    }

    private record Mutation(String name, BiConsumer<Random, HostileRequest> apply) {
    }

    private static final List<RouteShape> ROUTES = List.of(
            new RouteShape("PUT", "/api/v1/me/following/{id}", "", null, false),
            new RouteShape("DELETE", "/api/v1/me/following/{id}", "", null, false),
            new RouteShape("DELETE", "/api/v1/me/followers/{id}", "", null, false),
            new RouteShape("GET", "/api/v1/users/{id}/followers", "limit=5", null, false),
            new RouteShape("GET", "/api/v1/users/{id}/following", "limit=5", null, false),
            new RouteShape("GET", "/api/v1/users/{id}/connections", "limit=5", null, false),
            new RouteShape("GET", "/api/v1/users/{id}/stats", "", null, false),
            new RouteShape("PUT", "/api/v1/me/connections/{id}", "", null, false),
            new RouteShape("DELETE", "/api/v1/me/connections/{id}", "", null, false),
            new RouteShape("POST", "/api/v1/me/connection-requests/{id}/accept", "", null, false),
            new RouteShape("POST", "/api/v1/me/connection-requests/{id}/reject", "", null, false),
            new RouteShape("GET", "/api/v1/me/connection-requests", "direction=incoming", null, false),
            new RouteShape("PUT", "/api/v1/me/blocks/{id}", "", "{\"reason\":\"fuzz\"}", false),
            new RouteShape("DELETE", "/api/v1/me/blocks/{id}", "", null, false),
            new RouteShape("GET", "/api/v1/me/blocks", "limit=5", null, false),
            new RouteShape("GET", "/api/v1/me/relationships", "ids={id}", null, false),
            new RouteShape("GET", "/api/v1/me/history", "kind=follows", null, false),
            new RouteShape("PUT", "/api/v1/admin/users/{id}", "", null, true),
            new RouteShape("DELETE", "/api/v1/admin/users/{id}", "", null, true),
            new RouteShape("GET", "/api/v1/admin/users/{id}/blocks", "limit=5", null, true),
            new RouteShape("GET", "/api/v1/admin/users/{id}/history", "kind=blocks", null, true),
            new RouteShape("GET", "/api/v1/admin/settings/connections_enabled", "", null, true),
            // Never {"value": false}: a module switched off would hide every other route's answers.
            new RouteShape("PUT", "/api/v1/admin/settings/connections_enabled", "", "{\"value\":true}", true),
            new RouteShape("GET", "/api/v1/changes", "after={position}&limit=5&privacy=public,parties", null, Who.CHANGE_READER),
            // A valid call streams until RELATIONS_CHANGES_STREAM_MAX_DURATION: RawHttp stops reading at its head.
            new RouteShape("GET", "/api/v1/changes/stream", "after={position}", null, Who.CHANGE_READER),
            new RouteShape("GET", "/api/v1/admin/webhooks", "limit=5", null, true),
            // Deliveries are off in the fuzzed service: the URL is never called.
            new RouteShape("POST", "/api/v1/admin/webhooks", "", "{\"url\":\"http://127.0.0.1:9/hooks\","
                    + "\"event_types\":[\"follow.created\"],\"privacy_classes\":[\"public\"]}", true),
            new RouteShape("GET", "/api/v1/admin/webhooks/{webhook}", "", null, true),
            new RouteShape("PATCH", "/api/v1/admin/webhooks/{webhook}", "", "{\"privacy_classes\":[\"public\",\"parties\"]}", true),
            new RouteShape("DELETE", "/api/v1/admin/webhooks/{webhook}", "", null, true),
            new RouteShape("POST", "/api/v1/admin/webhooks/{webhook}/pause", "", null, true),
            new RouteShape("POST", "/api/v1/admin/webhooks/{webhook}/activate", "", null, true),
            new RouteShape("POST", "/api/v1/admin/webhooks/{webhook}/rotate-secret", "", null, true),
            new RouteShape("POST", "/api/v1/admin/webhooks/{webhook}/replay", "", "{\"after\":\"{position}\"}", true),
            new RouteShape("GET", "/api/v1/admin/webhooks/{webhook}/attempts", "limit=5", null, true),
            new RouteShape("GET", "/health/live", "", null, false),
            new RouteShape("GET", "/health/ready", "", null, false),
            new RouteShape("GET", "/metrics", "", null, false),
            new RouteShape("GET", "/openapi.json", "", null, false),
            new RouteShape("GET", "/docs", "", null, false),
            new RouteShape("GET", "/docs/swagger-initializer.js", "", null, false));

    static final int ROUTE_COUNT = ROUTES.size();

    private static final String UUID_TEXT = "0190a5b4-0000-7000-8000-00000000f022";
    private static final List<String> HOSTILE_IDS = List.of(
            "", "null", "0", "-1", "1e309", "%00", "%C3%28", "%FF", "%FE%FF", "%E2%82", "%F0%9F%98%80", "%2F", "%2e%2e", "..", "%252F",
            "%", "%G1", "{userId}", "me", "{" + UUID_TEXT + "}", UUID_TEXT.replace("-", ""), UUID_TEXT + "0", UUID_TEXT.substring(1),
            "urn:uuid:" + UUID_TEXT, "'%20OR%20'1'='1", "%3Cscript%3Ealert(1)%3C/script%3E", "<script>", "a".repeat(5_000),
            "a".repeat(20_000), "\u00ff\u00fe", "\t", "a b", "\u0000", "%u0041", UUID_TEXT + "%00", UUID_TEXT + "/x");
    /** The webhook routes' fields, each of a wrong type, size or value. */
    private static final List<String> WEBHOOK_BODIES = List.of(
            "{\"url\":null}", "{\"url\":5}", "{\"url\":[]}", "{\"url\":{}}", "{\"url\":\"\"}", "{\"url\":\"ftp://127.0.0.1/x\"}",
            "{\"url\":\"http://user:pw@127.0.0.1/x\"}", "{\"url\":\"http://\"}", "{\"url\":\"http://[::1/x\"}", "{\"url\":\"javascript:alert(1)\"}",
            "{\"url\":\"http://127.0.0.1/" + "u".repeat(2_001) + "\"}", "{\"url\":\"http://127.0.0.1:99999/x\"}", "{\"url\":\"http://127.0.0.1/\\u0000\"}",
            "{\"url\":\"http://127.0.0.1/x\",\"event_types\":null}", "{\"url\":\"http://127.0.0.1/x\",\"event_types\":\"follow.created\"}",
            "{\"event_types\":[null]}", "{\"event_types\":[5]}", "{\"event_types\":[[]]}", "{\"event_types\":[\"follow.created\",\"nope\"]}",
            "{\"event_types\":[\"FOLLOW.CREATED\"]}", "{\"event_types\":" + jsonArray("\"follow.created\"", 5_000) + "}",
            "{\"privacy_classes\":[]}", "{\"privacy_classes\":[null]}", "{\"privacy_classes\":[\"secret\"]}", "{\"privacy_classes\":{}}",
            "{\"privacy_classes\":[\"public\",\"public\"]}", "{\"privacy_classes\":" + jsonArray("\"private\"", 5_000) + "}",
            "{\"secret\":\"whsec_x\"}", "{\"state\":\"paused\"}", "{\"id\":\"" + UUID_TEXT + "\"}", "{\"after\":null}",
            "{\"after\":5}", "{\"after\":\"\"}", "{\"after\":\"" + "f".repeat(32) + "\"}", "{\"after\":\"" + "G".repeat(32) + "\"}",
            "{\"after\":[\"0\"]}");
    private static final List<String> METHODS = List.of(
            "GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "CONNECT", "FOO", "get", "G\u00e9T", "");

    private final String callerToken;
    private final String adminToken;
    private final String readerToken;
    private final UserId caller;
    private final UserId target;
    private UUID webhook;
    private final String validCursor;
    private final String validPosition;
    private final List<String> changeParameters;
    private final List<String> lastEventIds;
    private final List<Mutation> mutations;

    /**
     * @param readerToken a registered caller's token with the scope changes:read
     * @param target a registered user who never calls, safe to act on (an admin may even delete it: others re-register it)
     * @param webhook a webhook subscription's id (an admin may delete it: see {@link #deletedTheWebhook})
     * @param validCursor a next_cursor as a list answered it
     * @param validPosition a change position as the feed answered it
     */
    HostileRequests(UserId caller, String callerToken, String adminToken, String readerToken, UserId target, UUID webhook,
                    String validCursor, String validPosition) {
        this.caller = caller;
        this.callerToken = callerToken;
        this.adminToken = adminToken;
        this.readerToken = readerToken;
        this.target = target;
        this.webhook = webhook;
        this.validCursor = validCursor;
        this.validPosition = validPosition;
        this.changeParameters = List.of(
                "after=", "after=0", "after=" + validPosition.toUpperCase(Locale.ROOT), "after=" + validPosition + "0",
                "after=" + validPosition.substring(1), "after=" + "f".repeat(32), "after=" + "g".repeat(32), "after=-1",
                "after=" + validPosition + "%00", "after=%FF", "after=" + "0".repeat(5_000), "privacy=", "privacy=private",
                "privacy=PUBLIC", "privacy=public,public", "privacy=public,parties,private,public", "privacy=,", "privacy=secret",
                "privacy=" + "public,".repeat(2_000), "privacy=%00", "limit=1001", "limit=10000");
        this.lastEventIds = List.of(
                "", " ", "0", "-1", validPosition.toUpperCase(Locale.ROOT), validPosition + "0", "f".repeat(32), "g".repeat(32),
                validPosition + "\u00ff", "a".repeat(8_000), "<script>", validPosition + ", " + validPosition);
        this.mutations = mutations();
    }

    HostileRequest next(Random random) {
        RouteShape route = ROUTES.get(random.nextInt(ROUTES.size()));
        HostileRequest request = validCall(route, route.template().contains("{webhook}") ? webhookId(random) : id(route, random));
        // A route's own inputs, half the time: among all mutations, one of them would come once in twenty.
        List<Mutation> own = ownMutations(route);
        if (!own.isEmpty() && random.nextBoolean()) {
            Mutation mutation = pick(random, own);
            request.probe(mutation.name());
            mutation.apply().accept(random, request);
        }
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            Mutation mutation = mutations.get(random.nextInt(mutations.size()));
            request.probe(mutation.name());
            mutation.apply().accept(random, request);
        }
        return request;
    }

    /** Half the time a hostile id; never one of the callers on the admin routes, whose deletion would re-register them. */
    private String id(RouteShape route, Random random) {
        int choice = random.nextInt(8);
        if (choice < 4) {
            return HOSTILE_IDS.get(random.nextInt(HOSTILE_IDS.size()));
        }
        if (choice == 4 && !route.admin()) {
            return caller.toString();
        }
        return choice == 5 ? UUID.randomUUID().toString() : target.toString();
    }

    /**
     * Each value of the routes' own inputs once, on a valid call of its route (the subscription's
     * id on a webhook route): at random, one value of a list of forty on one route of forty comes
     * too seldom to count on.
     */
    List<HostileRequest> everyOwnInput() {
        List<HostileRequest> all = new ArrayList<>();
        for (RouteShape route : ROUTES) {
            String id = route.template().contains("{webhook}") ? webhook.toString() : target.toString();
            if (route.template().startsWith("/api/v1/changes")) {
                for (String parameter : changeParameters) {
                    HostileRequest request = validCall(route, id);
                    request.query.add(parameter);
                    request.probe("bad change parameter");
                    all.add(request);
                }
                for (String lastEventId : lastEventIds) {
                    HostileRequest request = validCall(route, id);
                    request.headers.add("Last-Event-ID: " + lastEventId);
                    request.probe("odd Last-Event-ID");
                    all.add(request);
                }
            } else if (route.template().startsWith("/api/v1/admin/webhooks") && route.body() != null) {
                for (String body : WEBHOOK_BODIES) {
                    HostileRequest request = validCall(route, id);
                    request.body = body.getBytes(StandardCharsets.UTF_8);
                    request.probe("hostile webhook body");
                    all.add(request);
                }
            }
        }
        return all;
    }

    /** The route called as it should be, with {@code id} in its path. */
    private HostileRequest validCall(RouteShape route, String id) {
        HostileRequest request = new HostileRequest(route.method(), route.template().replace("{id}", id).replace("{webhook}", id));
        if (!route.query().isEmpty()) {
            request.query.add(route.query().replace("{id}", id).replace("{position}", validPosition));
        }
        if (route.isApi()) {
            request.headers.add("Authorization: Bearer " + switch (route.who()) {
                case USER -> callerToken;
                case ADMIN -> adminToken;
                case CHANGE_READER -> readerToken;
            });
        }
        if (route.body() != null) {
            request.headers.add("Content-Type: application/json");
            request.body = route.body().replace("{position}", validPosition).getBytes(StandardCharsets.UTF_8);
        }
        return request;
    }

    /**
     * Whether {@code answer} is the subscription's deletion: the caller then gives another with
     * {@link #useWebhook}, or every later call on the webhook routes would be a 404 before its input is read.
     */
    boolean deletedTheWebhook(HostileRequest request, RawHttp.RawAnswer answer) {
        return answer.status() == 204 && request.path.contains(webhook.toString());
    }

    void useWebhook(UUID subscription) {
        this.webhook = subscription;
    }

    /** The mutations of the inputs only some routes read: the feed's parameters, the webhook routes' bodies. */
    private List<Mutation> ownMutations(RouteShape route) {
        List<String> names = route.template().startsWith("/api/v1/changes") ? List.of("bad change parameter", "odd Last-Event-ID")
                : route.template().startsWith("/api/v1/admin/webhooks") && route.body() != null ? List.of("hostile webhook body")
                : List.of();
        return mutations.stream().filter(mutation -> names.contains(mutation.name())).toList();
    }

    /** Half the time a hostile id, else the subscription's or one of none. */
    private String webhookId(Random random) {
        int choice = random.nextInt(8);
        if (choice < 4) {
            return HOSTILE_IDS.get(random.nextInt(HOSTILE_IDS.size()));
        }
        return choice == 4 ? UUID.randomUUID().toString() : webhook.toString();
    }

    private List<Mutation> mutations() {
        List<Mutation> all = new ArrayList<>();
        all.add(new Mutation("hostile path id", (random, request) -> request.path = request.path.replaceFirst(
                "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", quoteReplacement(pick(random, HOSTILE_IDS)))));
        all.add(new Mutation("odd path shape", (random, request) -> request.path = pick(random, List.of(
                request.path + "/", request.path.replace("/v1/", "//v1/"), request.path.replace("/v1/", "/v1/../v1/"),
                request.path.replace("/v1/", "/v1%2F"), request.path.toUpperCase(Locale.ROOT), request.path + "/extra",
                "/api/v2" + request.path, "*", "/" + "x".repeat(20_000), request.path + ";jsessionid=1", request.path + "#fragment"))));
        all.add(new Mutation("unknown query parameter", (random, request) -> request.query.add(pick(random, List.of(
                "zz=1", "=1", "limit", "%6Cimit=5", "a=b;c=d", "user=" + caller, "sub=" + target)))));
        all.add(new Mutation("repeated query parameter", (random, request) -> request.query.addAll(request.query.isEmpty()
                ? List.of("limit=1", "limit=2") : List.of(request.query.get(0)))));
        all.add(new Mutation("huge query string", (random, request) -> request.query.add(pick(random, List.of(
                "limit=" + "9".repeat(5_000), "x=" + "a".repeat(12_000), "cursor=" + "A".repeat(20_000),
                String.join("&", Collections.nCopies(2_000, "a=1")))))));
        all.add(new Mutation("non-UTF-8 or broken escape", (random, request) -> request.query.add(pick(random, List.of(
                "limit=%FF", "cursor=%C3%28", "%=1", "limit=%G1", "ids=%E2%82", "kind=%00", "direction=%FE%FF", "x=%", "%C3%28=1")))));
        all.add(new Mutation("bad limit", (random, request) -> request.query.add("limit=" + pick(random, List.of(
                "-1", "0", "101", "1000", "99999999999999999999", "1e3", "%205", "5.0", "0x10", "", "%D9%A1", "+5", "5%00")))));
        all.add(new Mutation("forged cursor", (random, request) -> request.query.add("cursor=" + forgedCursor(random))));
        all.add(new Mutation("bad lookup ids", (random, request) -> request.query.add("ids=" + pick(random, List.of(
                "", ",", ",,,", "x", target + ",", String.join(",", Collections.nCopies(101, target.toString())),
                String.join(",", Collections.nCopies(100, UUID_TEXT)), target + ",%FF")))));
        all.add(new Mutation("bad enum parameter", (random, request) -> request.query.add(pick(random, List.of(
                "direction=INCOMING", "direction=both", "direction=", "kind=Follows", "kind=all", "kind=follows,blocks")))));
        all.add(new Mutation("bad change parameter", (random, request) -> request.query.add(pick(random, changeParameters))));
        all.add(new Mutation("odd Last-Event-ID", (random, request) -> request.headers.add("Last-Event-ID: " + pick(random, lastEventIds))));
        all.add(new Mutation("other method", (random, request) -> request.method = pick(random, METHODS)));
        all.add(new Mutation("odd Authorization", (random, request) -> {
            request.headers.removeIf(header -> header.startsWith("Authorization:"));
            String value = pick(random, authorizations());
            if (value != null) {
                request.headers.add("Authorization: " + value);
            }
        }));
        all.add(new Mutation("odd header", (random, request) -> request.headers.add(pick(random, List.of(
                "X-Fill: " + "a".repeat(20_000), "Broken header line", "Authorization : Bearer " + callerToken, "X-Folded: a\r\n b",
                "X-Nul: a\u0000b", "X-Bytes: \u00ff\u00fe", "X-Request-Id: ../../x", "X-Request-Id: " + "a".repeat(100),
                "X-Request-Id: <script>", "Content-Type: text/plain", "Content-Type: application/json; charset=ISO-8859-1",
                "Content-Type: multipart/form-data; boundary=x", "Content-Type: application/x-www-form-urlencoded",
                "Expect: 100-continue", "Accept: application/xml", "X-User-Id: " + target, "Host: evil.example",
                "Transfer-Encoding: gzip", "Content-Encoding: gzip")))));
        all.add(new Mutation("many headers", (random, request) -> {
            for (int i = 0; i < 300; i++) {
                request.headers.add("X-Many-" + i + ": v");
            }
        }));
        all.add(new Mutation("hostile body", (random, request) -> {
            reframe(request);
            if (request.headers.stream().noneMatch(header -> header.startsWith("Content-Type:"))) {
                request.headers.add("Content-Type: application/json");
            }
            request.body = pick(random, bodies());
        }));
        all.add(new Mutation("hostile webhook body", (random, request) -> {
            reframe(request);
            if (request.headers.stream().noneMatch(header -> header.startsWith("Content-Type:"))) {
                request.headers.add("Content-Type: application/json");
            }
            request.body = pick(random, WEBHOOK_BODIES).getBytes(StandardCharsets.UTF_8);
        }));
        all.add(new Mutation("body with a lying length", (random, request) -> {
            reframe(request);
            request.body = "{\"reason\":\"x\"}GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
            request.withContentLength = false;
            request.headers.add(pick(random, List.of("Content-Length: 5", "Content-Length: -1", "Content-Length: abc",
                    "Content-Length: 5\r\nContent-Length: 6", "Transfer-Encoding: chunked\r\nContent-Length: 5")));
        }));
        all.add(new Mutation("chunked body", (random, request) -> {
            reframe(request);
            request.withContentLength = false;
            request.headers.add("Transfer-Encoding: chunked");
            request.body = pick(random, List.of("e\r\n{\"reason\":\"x\"}\r\n0\r\n\r\n", "zz\r\n{}\r\n0\r\n\r\n", "0\r\n\r\n",
                    "ffffffffffffffff\r\nx\r\n0\r\n\r\n")).getBytes(StandardCharsets.ISO_8859_1);
        }));
        all.add(new Mutation("odd request line", (random, request) -> {
            switch (random.nextInt(6)) {
                case 0 -> request.protocol = pick(random, List.of("HTTP/1.0", "HTTP/9.9", "http/1.1", "HTTP/2.0", "HTTP/1.1 extra", ""));
                case 1 -> request.path = "http://127.0.0.1" + request.path;
                case 2 -> request.withHost = false;
                case 3 -> request.headers.add("Host: 127.0.0.1");
                case 4 -> request.method = request.method + " ";
                default -> request.path = request.path + " ";
            }
        }));
        return all;
    }

    /**
     * Forgets how an earlier mutation framed the body, so that a body is never shorter than its
     * declared length: the service would rightly wait for the rest until its idle timeout.
     */
    private static void reframe(HostileRequest request) {
        request.headers.removeIf(header -> header.startsWith("Content-Length") || header.startsWith("Transfer-Encoding"));
        request.withContentLength = true;
    }

    private List<String> authorizations() {
        List<String> values = new ArrayList<>(List.of(
                "", "Bearer", "Bearer ", "Basic Zm9vOmJhcg==", "bearer " + callerToken, "Bearer  " + callerToken,
                "Bearer " + callerToken + "x", "Bearer " + callerToken.substring(0, callerToken.length() - 10),
                "Bearer " + "a".repeat(9_000), "Bearer " + callerToken + " " + callerToken, "Bearer \u00ff\u00fe",
                "Bearer eyJhbGciOiJub25lIn0.e30.", "Bearer ..", "Token " + callerToken, "Bearer " + callerToken + "\u0000",
                "Bearer " + swapPayload(callerToken, adminToken)));
        values.add(null);
        return values;
    }

    /** The header and signature of one token around the claims of another: a signature that does not match. */
    private static String swapPayload(String token, String claimsFrom) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + claimsFrom.split("\\.")[1] + "." + parts[2];
    }

    private String forgedCursor(Random random) {
        byte[] right = new byte[33];
        random.nextBytes(right);
        char[] flipped = validCursor.toCharArray();
        int at = random.nextInt(flipped.length);
        flipped[at] = flipped[at] == 'A' ? 'B' : 'A';
        return pick(random, List.of("", "abc", Base64.getUrlEncoder().withoutPadding().encodeToString(right),
                validCursor.substring(0, validCursor.length() - 1), new String(flipped), "A".repeat(65), validCursor + "==",
                validCursor + "%00", "%FF%FF", validCursor.substring(0, validCursor.length() / 2)));
    }

    private static List<byte[]> bodies() {
        List<String> texts = List.of("{", "{\"reason\":", "[]", "null", "\"text\"", "{\"reason\":5}", "{\"reason\":null}",
                "{\"value\":\"yes\"}", "{\"value\":null}", "{\"reason\":\"x\",\"extra\":1}", "{\"reason\":\"" + "r".repeat(501) + "\"}",
                "{\"reason\":\"\\u0000\"}", "[".repeat(6_000) + "]".repeat(6_000), nestedObjects(2_000),
                "{\"reason\":\"" + "r".repeat(20_000) + "\"}", "{\"reason\":\"\\uD800\"}", "\uFEFF{\"reason\":\"bom\"}",
                "{/* comment */}", "{}{}", "{\"reason\":\"a\",\"reason\":\"b\"}", "{\"reason\":1e999999}", "{'reason':'x'}");
        List<byte[]> bodies = new ArrayList<>();
        texts.forEach(text -> bodies.add(text.getBytes(StandardCharsets.UTF_8)));
        WEBHOOK_BODIES.forEach(text -> bodies.add(text.getBytes(StandardCharsets.UTF_8)));
        bodies.add(new byte[] {'{', '"', 'r', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        bodies.add(new byte[1024 * 1024]);
        return bodies;
    }

    private static String jsonArray(String element, int count) {
        return "[" + String.join(",", Collections.nCopies(count, element)) + "]";
    }

    private static String nestedObjects(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    private static String quoteReplacement(String text) {
        return Matcher.quoteReplacement(text);
    }

}
