package io.relations.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.relations.adapter.rest.auth.JwtAuthenticator;
import io.relations.adapter.rest.auth.JwtSettings;
import io.relations.adapter.rest.auth.TokenMinter;
import io.relations.domain.model.UserId;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The API on a random port with stubbed use cases, real JWT checks, and an HTTP client whose
 * every answer is checked against the OpenAPI document before a test sees it.
 */
final class TestApi implements AutoCloseable {

    static final byte[] SECRET = "a-test-secret-of-more-than-32-bytes!".getBytes(StandardCharsets.UTF_8);
    static final String ISSUER = "https://issuer.test";
    static final String AUDIENCE = "relations-api";

    final StubUseCases useCases = new StubUseCases();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final TokenMinter minter = new TokenMinter(SECRET, ISSUER, AUDIENCE, Clock.systemUTC());
    volatile boolean ready = true;
    volatile Optional<Duration> throttled = Optional.empty();

    private final RestApi api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final OpenApiInteractionValidator validator;
    private final ObjectMapper json = new ObjectMapper();

    TestApi() {
        Operations operations = Operations.defaults()
                .withReady(() -> ready)
                .withMetrics(meters, () -> "# HELP test_metric A test.\n# TYPE test_metric gauge\ntest_metric 1.0\n")
                .withUnavailableWhen(DatabaseDown.class::isInstance)
                .withThrottle(caller -> throttled);
        api = new RestApi(UseCases.of(useCases, useCases, useCases),
                new JwtAuthenticator(JwtSettings.hs256(SECRET, ISSUER, AUDIENCE)), operations).start("127.0.0.1", 0);
        validator = OpenApiInteractionValidator
                .createForInlineApiSpecification(OpenApi30.document())
                .withLevelResolver(LevelResolver.create()
                        // Requests are not checked (tests send bad ones on purpose), and answers to
                        // paths or methods the document lacks are checked by the contract test instead.
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .withLevel("validation.response.path.missing", ValidationReport.Level.IGNORE)
                        .withLevel("validation.response.operation.notAllowed", ValidationReport.Level.IGNORE)
                        .build())
                .build();
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

    static UserId newUser() {
        return UserId.of(UUID.randomUUID());
    }

    Reply get(String path, String token) {
        return send("GET", path, token, null, Map.of());
    }

    Reply send(String method, String path, String token, String body) {
        return send(method, path, token, body, Map.of());
    }

    Reply send(String method, String path, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Reply reply = new Reply(response.statusCode(), response.headers().map(), response.body());
        assertMatchesDocument(method, path, reply);
        return reply;
    }

    private void assertMatchesDocument(String method, String path, Reply reply) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(reply.status()).withBody(reply.body());
        reply.headers().forEach((name, values) -> response.withHeader(name, values));
        String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        ValidationReport report = validator.validateResponse(pathOnly, Request.Method.valueOf(method), response.build());
        assertThat(report.getMessages().stream().filter(message -> message.getLevel() != ValidationReport.Level.IGNORE).toList())
                .as("%s %s answered %s %s", method, path, reply.status(), reply.body())
                .isEmpty();
    }

    final class Reply {
        private final int status;
        private final Map<String, List<String>> headers;
        private final String body;

        Reply(int status, Map<String, List<String>> headers, String body) {
            this.status = status;
            this.headers = headers;
            this.body = body;
        }

        int status() {
            return status;
        }

        Map<String, List<String>> headers() {
            return headers;
        }

        String body() {
            return body;
        }

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> String.join(",", entry.getValue()))
                    .findFirst().orElse(null);
        }

        JsonNode json() {
            try {
                return json.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        /** The problem name, the last segment of its type URI. */
        String problem() {
            assertThat(header("Content-Type")).startsWith("application/problem+json");
            String type = json().path("type").asText();
            return type.substring(type.lastIndexOf('/') + 1);
        }

        @Override
        public String toString() {
            return status + " " + headers.entrySet().stream().map(Object::toString).collect(Collectors.joining(", ")) + " " + body;
        }
    }

    /** Sends bytes as they are, for requests no well-behaved client would make; answers the status line and the rest. */
    String raw(String requestLine) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", api.port())) {
            socket.setSoTimeout(10_000);
            String request = requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        api.stop();
    }
}
