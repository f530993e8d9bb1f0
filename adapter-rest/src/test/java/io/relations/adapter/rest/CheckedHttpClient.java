package io.relations.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * An HTTP client for tests of the API on 127.0.0.1 whose every answer is checked against the
 * OpenAPI document before a test sees it; {@link #sendUnchecked} is for the few answers a test
 * provokes on purpose outside the document. Used by this module's route tests and by the
 * end-to-end tests of the bootstrap.
 */
public final class CheckedHttpClient {

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /**
     * One for every client of the test JVM: the document is the same for all, and reading it and
     * compiling its schemas would otherwise be paid again by every test class and service. Its
     * only state is its cache of compiled schemas (a Guava cache, safe across threads).
     */
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(OpenApi30.document())
            .withLevelResolver(LevelResolver.create()
                    // Requests are not checked (tests send bad ones on purpose), and answers to
                    // paths or methods the document lacks are checked by the contract test instead.
                    .withLevel("validation.request", ValidationReport.Level.IGNORE)
                    .withLevel("validation.response.path.missing", ValidationReport.Level.IGNORE)
                    .withLevel("validation.response.operation.notAllowed", ValidationReport.Level.IGNORE)
                    .build())
            .build();

    public CheckedHttpClient(int port) {
        this.port = port;
    }

    /** Sends the request and checks the answer against the document; a JSON content type is set when there is a body. */
    public HttpReply send(String method, String path, Map<String, String> headers, String body) {
        HttpReply reply = sendUnchecked(method, path, headers, body);
        assertMatchesDocument(method, path, reply);
        return reply;
    }

    public HttpReply sendUnchecked(String method, String path, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new HttpReply(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends bytes as they are, for requests no well-behaved client would make; answers the status line and the rest. */
    public String raw(String requestLine) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            String request = requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void assertMatchesDocument(String method, String path, HttpReply reply) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(reply.status()).withBody(reply.body());
        reply.headers().forEach((name, values) -> response.withHeader(name, values));
        String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        ValidationReport report = VALIDATOR.validateResponse(pathOnly, Request.Method.valueOf(method), response.build());
        assertThat(report.getMessages().stream().filter(message -> message.getLevel() != ValidationReport.Level.IGNORE).toList())
                .as("%s %s answered %s", method, path, reply)
                .isEmpty();
    }
}
