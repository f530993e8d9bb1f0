package io.relations.adapter.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * Reads a Server-Sent Events stream from the API on 127.0.0.1 as a browser's EventSource would,
 * until the server ends it; every read is bounded by a timeout, so a stream that never ends
 * fails the test instead of hanging it.
 */
final class EventStreamClient {

    /** One event as the client dispatches it. */
    record Event(String id, String event, String data) {
    }

    /** What a stream brought: its status and headers, its events and its comment lines, in order. */
    record Received(int status, Map<String, List<String>> headers, List<Event> events, List<String> comments) {

        String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> String.join(",", entry.getValue())).findFirst().orElse(null);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;

    EventStreamClient(int port) {
        this.port = port;
    }

    /** Opens the stream and reads it to its end, at most {@code timeout}; {@code onEvent} sees each event as it comes. */
    Received read(String path, Map<String, String> headers, Duration timeout, java.util.function.Consumer<Event> onEvent) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(timeout).header("Accept", "text/event-stream").GET();
        headers.forEach(request::header);
        try {
            HttpResponse<Stream<String>> response = http.send(request.build(), HttpResponse.BodyHandlers.ofLines());
            List<Event> events = new CopyOnWriteArrayList<>();
            List<String> comments = new ArrayList<>();
            try (Stream<String> lines = response.body()) {
                dispatch(lines.iterator(), events, comments, onEvent);
            }
            return new Received(response.statusCode(), response.headers().map(), events, comments);
        } catch (IOException e) {
            throw new UncheckedIOException(path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Received read(String path, Map<String, String> headers, Duration timeout) {
        return read(path, headers, timeout, event -> { });
    }

    private static void dispatch(Iterator<String> lines, List<Event> events, List<String> comments, java.util.function.Consumer<Event> onEvent) {
        String id = null;
        String type = null;
        StringBuilder data = null;
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.isEmpty()) {
                if (data != null) {
                    Event event = new Event(id, type, data.toString());
                    events.add(event);
                    onEvent.accept(event);
                }
                id = null;
                type = null;
                data = null;
            } else if (line.startsWith(":")) {
                comments.add(line.substring(1).strip());
            } else if (line.startsWith("id: ")) {
                id = line.substring(4);
            } else if (line.startsWith("event: ")) {
                type = line.substring(7);
            } else if (line.startsWith("data: ")) {
                data = data == null ? new StringBuilder(line.substring(6)) : data.append('\n').append(line.substring(6));
            } else {
                throw new AssertionError("not a line of an event stream: " + line);
            }
        }
    }
}
