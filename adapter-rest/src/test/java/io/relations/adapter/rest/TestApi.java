package io.relations.adapter.rest;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.relations.adapter.rest.auth.JwtAuthenticator;
import io.relations.adapter.rest.auth.JwtSettings;
import io.relations.adapter.rest.auth.Scope;
import io.relations.adapter.rest.auth.TokenMinter;
import io.relations.adapter.rest.http.CursorCodec;
import io.relations.adapter.rest.http.CursorKeys;
import io.relations.domain.model.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The API on a random port with stubbed use cases, real JWT checks, and an HTTP client whose
 * every answer is checked against the OpenAPI document before a test sees it ({@link CheckedHttpClient}).
 * Either one per test class, {@code @RegisterExtension static final TestApi api = new TestApi();},
 * started before its tests, reset before each and stopped after them; or {@link #started()} by a test.
 */
final class TestApi implements AutoCloseable, BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    static final byte[] SECRET = "a-test-secret-of-more-than-32-bytes!".getBytes(StandardCharsets.UTF_8);
    static final String ISSUER = "https://issuer.test";
    static final String AUDIENCE = "relations-api";

    final StubUseCases useCases = new StubUseCases();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final TokenMinter minter = new TokenMinter(SECRET, ISSUER, AUDIENCE, Clock.systemUTC());
    final CursorKeys cursorKeys = CursorKeys.random();
    /** Makes and reads cursors as this API does. */
    final CursorCodec cursors = new CursorCodec(cursorKeys, Clock.systemUTC());
    volatile boolean live = true;
    volatile boolean ready = true;
    volatile Optional<Duration> throttled = Optional.empty();

    private final HttpPolicy policy;
    private final ChangeFeedSettings feed;
    private RestApi api;
    private CheckedHttpClient http;

    TestApi() {
        this(HttpPolicy.defaults());
    }

    /** With CORS origins, a metrics token or a read deadline of the test's own. */
    TestApi(HttpPolicy policy) {
        this(policy, ChangeFeedSettings.defaults());
    }

    /** With a read deadline and bounds of the change streams of the test's own. */
    TestApi(HttpPolicy policy, ChangeFeedSettings feed) {
        this.policy = policy;
        this.feed = feed;
    }

    static TestApi started() {
        TestApi testApi = new TestApi();
        testApi.start();
        return testApi;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        useCases.reset();
        live = true;
        ready = true;
        throttled = Optional.empty();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private void start() {
        Operations operations = Operations.defaults()
                .withLive(() -> live)
                .withReady(() -> ready)
                .withMetrics(meters, () -> "# HELP test_metric A test.\n# TYPE test_metric gauge\ntest_metric 1.0\n")
                .withUnavailableWhen(DatabaseDown.class::isInstance)
                .withThrottle(caller -> throttled);
        api = new RestApi(useCases.ports(),
                new JwtAuthenticator(JwtSettings.hs256(SECRET, ISSUER, AUDIENCE)), cursorKeys, operations, policy, feed).start("127.0.0.1", 0);
        http = new CheckedHttpClient(api.port());
    }

    /** Thrown by a stub to play a database that is down. */
    static final class DatabaseDown extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DatabaseDown() {
            super("connection refused: jdbc:postgresql://db/relations");
        }
    }

    String token(UserId user) {
        return minter.mint(user, false, Duration.ofMinutes(5));
    }

    String adminToken(UserId user) {
        return minter.mint(user, true, Duration.ofMinutes(5));
    }

    String token(UserId user, Set<Scope> scopes) {
        return minter.mint(user, scopes, Duration.ofMinutes(5));
    }

    static UserId newUser() {
        return UserId.of(UUID.randomUUID());
    }

    HttpReply get(String path, String token) {
        return send("GET", path, token, null, Map.of());
    }

    HttpReply send(String method, String path, String token, String body) {
        return send(method, path, token, body, Map.of());
    }

    HttpReply send(String method, String path, String token, String body, Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(headers);
        if (token != null) {
            all.put("Authorization", "Bearer " + token);
        }
        return http.send(method, path, all, body);
    }

    /** Sends bytes as they are, for requests no well-behaved client would make; answers the status line and the rest. */
    String raw(String requestLine) {
        return http.raw(requestLine);
    }

    int port() {
        return api.port();
    }

    /** The client itself, for answers a test provokes outside the document ({@link CheckedHttpClient#sendUnchecked}). */
    CheckedHttpClient http() {
        return http;
    }

    @Override
    public void close() {
        api.stop();
    }
}
