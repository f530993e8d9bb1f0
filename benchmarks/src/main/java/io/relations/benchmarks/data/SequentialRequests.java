package io.relations.benchmarks.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;

/**
 * Sends one request after another on one kept-alive HTTP/1.1 connection and times each from
 * sending to the last byte of the answer: service time with nothing queued, which is what a
 * page's cost at different list lengths is about.
 */
final class SequentialRequests {

    /** What a batch of requests took; {@code failed} counts answers other than 200 and errors. */
    record Timed(long[] nanos, int failed) {
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();

    Timed run(Scenario scenario, int count) throws InterruptedException {
        long[] nanos = new long[count];
        int failed = 0;
        for (int i = 0; i < count; i++) {
            long startedAt = System.nanoTime();
            try {
                HttpResponse<byte[]> answer = client.send(scenario.request(), HttpResponse.BodyHandlers.ofByteArray());
                nanos[i] = System.nanoTime() - startedAt;
                failed += answer.statusCode() == 200 ? 0 : 1;
            } catch (IOException error) {
                nanos[i] = System.nanoTime() - startedAt;
                failed++;
            }
        }
        return new Timed(nanos, failed);
    }

    /** Sends it once and checks the answer. @throws IllegalStateException when it is not what the scenario expects */
    void check(Scenario scenario) throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(scenario.request(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(scenario.name() + " answered " + answer.statusCode() + ": " + answer.body());
        }
        JsonNode body = json.readTree(answer.body());
        scenario.expectation().problemWith(body).ifPresent(problem -> {
            throw new IllegalStateException(scenario.name() + ": " + problem + "; answer: " + answer.body());
        });
    }
}
