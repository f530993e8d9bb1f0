package io.relations.adapter.rest;

import static io.relations.adapter.rest.TestApi.newUser;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.domain.model.UserId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Finding 8 of issue 10: nosniff on every answer, no-store on every answer about a caller. */
class SecurityHeadersTest {

    @RegisterExtension
    static final TestApi api = new TestApi();
    private final UserId me = newUser();

    @ParameterizedTest
    @ValueSource(strings = {"/health/live", "/openapi.json", "/docs", "/docs/swagger-initializer.js", "/nowhere", "/api/v1/me/blocks"})
    void every_answer_says_nosniff_and_may_not_be_framed(String path) {
        var reply = api.get(path, null);

        assertThat(reply.header("X-Content-Type-Options")).as("%s", reply).isEqualTo("nosniff");
        assertThat(reply.header("Content-Security-Policy")).as("%s", reply).contains("frame-ancestors 'none'");
    }

    @Test
    void the_files_of_swagger_ui_say_nosniff_too() {
        String bundle = api.get("/docs", null).body().replaceAll("(?s).*<script src=\"([^\"]+bundle[^\"]*)\".*", "$1");

        var reply = api.get(bundle, null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void a_problem_jetty_answers_itself_says_nosniff_and_no_store() {
        String answer = api.raw("GET /api/v1/me/blocks HTTP/1.1\r\nX-Padding: " + "x".repeat(20_000));

        String headers = answer.toLowerCase(Locale.ROOT);
        assertThat(headers).startsWith("http/1.1 400").contains("x-content-type-options: nosniff").contains("cache-control: no-store");
    }

    /** Found by the seeded test below: Jetty closed the connection after its own 400 without saying so, and the client's next request on it was lost. */
    @Test
    void a_problem_jetty_answers_itself_says_the_connection_closes() {
        try (SlowClient keptAlive = new SlowClient(api.port())) {
            keptAlive.write("POST /../blocks HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n");

            var answer = keptAlive.read();

            assertThat(answer).isPresent();
            assertThat(answer.get().status()).isEqualTo(400);
            assertThat(answer.get().closes()).as("%s", answer.get()).isTrue();
        }
    }

    @Test
    void every_answer_to_the_api_is_never_stored_problems_included() {
        var success = api.get("/api/v1/me/blocks", api.token(me));
        var unauthorized = api.get("/api/v1/me/blocks", null);
        var unknownRoute = api.get("/api/v1/nowhere", api.token(me));
        var wrongMethod = api.send("POST", "/api/v1/me/blocks", api.token(me), null);
        var forbidden = api.get("/api/v1/admin/settings/connections_enabled", api.token(me));

        for (HttpReply reply : List.of(success, unauthorized, unknownRoute, wrongMethod, forbidden)) {
            assertThat(reply.header("Cache-Control")).as("%s", reply).isEqualTo("no-store");
        }
        assertThat(List.of(success.status(), unauthorized.status(), unknownRoute.status(), wrongMethod.status(), forbidden.status()))
                .containsExactly(200, 401, 404, 405, 403);
    }

    @Test
    void the_metrics_are_never_stored() {
        assertThat(api.get("/metrics", null).header("Cache-Control")).isEqualTo("no-store");
    }

    /**
     * The class of defect: an answer path that forgets a header. Seeded random requests (method,
     * path under the API or not, with or without a token, odd characters): every answer says
     * nosniff, and every answer under /api/v1 is not to be stored.
     */
    @Test
    void no_request_gets_an_answer_without_nosniff_or_an_api_answer_without_no_store() {
        long seed = seed();
        System.out.println("SecurityHeadersTest seed " + seed + " (replay with -Drelations.seed=" + seed + ")");
        Random random = new Random(seed);
        List<String> methods = List.of("GET", "PUT", "POST", "DELETE", "PATCH", "OPTIONS", "HEAD");
        List<String> prefixes = List.of("/api/v1/me/", "/api/v1/users/", "/api/v1/admin/", "/api/v1/", "/", "/health/", "/docs/", "/webjars/");
        List<String> segments = List.of("following", "blocks", me.toString(), "x", "%20", "..", "stats", "users", "followers",
                "connection-requests", "ready", "%C3%A9", "a.js", "swagger-initializer.js");
        int requests = 300;
        String previous = "none";

        for (int i = 0; i < requests; i++) {
            String method = methods.get(random.nextInt(methods.size()));
            StringBuilder path = new StringBuilder(prefixes.get(random.nextInt(prefixes.size())));
            for (int depth = random.nextInt(3); depth >= 0; depth--) {
                path.append(segments.get(random.nextInt(segments.size()))).append(depth > 0 ? "/" : "");
            }
            String token = random.nextBoolean() ? api.token(me) : null;
            String body = method.equals("PUT") && random.nextBoolean() ? "{\"reason\": \"x\"}" : null;

            HttpReply reply;
            try {
                reply = api.http().sendUnchecked(method, path.toString(),
                        token == null ? Map.of() : Map.of("Authorization", "Bearer " + token), body);
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + seed + ", request " + i + " after " + previous + ": " + e, e);
            }
            previous = method + " " + path + " body " + (body != null) + " -> " + reply.status() + " " + reply.headers();

            String request = "seed " + seed + ", request " + i + ": " + method + " " + path + " -> " + reply;
            assertThat(reply.header("X-Content-Type-Options")).as(request).isEqualTo("nosniff");
            if (path.toString().startsWith("/api/v1/")) {
                assertThat(reply.header("Cache-Control")).as(request).isEqualTo("no-store");
            }
        }
    }

    private static long seed() {
        String given = System.getProperty("relations.seed", "").strip();
        return given.isEmpty() ? System.nanoTime() : Long.parseLong(given);
    }
}
