package io.relations.bootstrap.reliability;

import io.relations.domain.model.UserId;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A plain HTTP/1.1 client for load: no OpenAPI check per answer (the end-to-end tests do that),
 * kept-alive connections, and a read timeout that turns a hang into a figure. Safe for many
 * threads at once. HttpURLConnection rather than java.net.http: on two cores shared with the
 * service, its lower cost per request leaves more to the service under test.
 */
final class LoadClient {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final String base;

    LoadClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    Answer send(String method, String path, String token, String jsonBody) {
        long started = System.nanoTime();
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
            connection.setRequestMethod(method);
            connection.setConnectTimeout((int) Duration.ofSeconds(5).toMillis());
            connection.setReadTimeout((int) TIMEOUT.toMillis());
            if (token != null) {
                connection.setRequestProperty("Authorization", "Bearer " + token);
            }
            if (jsonBody != null) {
                connection.setRequestProperty("Content-Type", "application/json");
                connection.setDoOutput(true);
                try (OutputStream body = connection.getOutputStream()) {
                    body.write(jsonBody.getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = connection.getResponseCode();
            String body = readFully(status >= 400 ? connection.getErrorStream() : connection.getInputStream());
            return new Answer(status, headers(connection), body, started, System.nanoTime() - started);
        } catch (IOException noAnswer) {
            if (connection != null) {
                connection.disconnect();
            }
            return Answer.none(started, System.nanoTime() - started, noAnswer);
        }
    }

    Answer send(Route route, UserId target, String token) {
        return send(route.method(), route.path(target), token, route.body());
    }

    private static Map<String, String> headers(HttpURLConnection connection) {
        Map<String, String> headers = new HashMap<>();
        connection.getHeaderFields().forEach((name, values) -> {
            if (name != null) {
                headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values));
            }
        });
        return headers;
    }

    /** Reading to the end and closing lets the connection go back to the keep-alive cache. */
    private static String readFully(InputStream stream) throws IOException {
        if (stream == null) {
            return "";
        }
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
