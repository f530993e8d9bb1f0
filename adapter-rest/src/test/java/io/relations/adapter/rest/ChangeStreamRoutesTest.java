package io.relations.adapter.rest;

import static io.relations.adapter.rest.LoggedChanges.follow;
import static io.relations.adapter.rest.LoggedChanges.position;
import static io.relations.adapter.rest.TestApi.newUser;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.relations.adapter.rest.auth.Scope;
import io.relations.application.change.LoggedChange;
import io.relations.application.model.Denial;
import io.relations.domain.model.UserId;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/**
 * The live form of the feed over real HTTP, with short bounds: a heartbeat every 100 ms, a poll
 * every 20 ms, streams of 0.8 s, and a read deadline (0.5 s) shorter than a stream.
 */
class ChangeStreamRoutesTest {

    static final Duration LONGEST_STREAM = Duration.ofMillis(800);
    static final Duration READ_DEADLINE = Duration.ofMillis(500);
    /** Every stream of these tests ends by itself; a test that waits longer has found a hang. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(15);

    @RegisterExtension
    static final TestApi api = new TestApi(HttpPolicy.defaults().withReadDeadline(READ_DEADLINE),
            ChangeFeedSettings.defaults().withStreams(Duration.ofMillis(100), Duration.ofMillis(20), 2, LONGEST_STREAM));

    private final UserId service = newUser();
    private final UserId alice = newUser();
    private final EventStreamClient client = new EventStreamClient(api.port());

    private Map<String, String> reader() {
        return Map.of("Authorization", "Bearer " + api.token(service, Set.of(Scope.CHANGES_READ)));
    }

    private Map<String, String> reader(String lastEventId) {
        return Map.of("Authorization", "Bearer " + api.token(service, Set.of(Scope.CHANGES_READ)), "Last-Event-ID", lastEventId);
    }

    @Test
    void a_stream_sends_one_event_per_change_with_its_position_its_type_and_its_cloud_event_on_one_line() throws Exception {
        LoggedChange first = follow(1, alice, newUser());
        LoggedChange second = follow(2, alice, newUser());
        api.useCases.changeLog.addAll(List.of(first, second));

        var received = client.read("/api/v1/changes/stream?after=" + position(0), reader(), READ_TIMEOUT);

        assertThat(received.status()).isEqualTo(200);
        assertThat(received.header("Content-Type")).startsWith("text/event-stream");
        assertThat(received.events()).extracting(EventStreamClient.Event::id).containsExactly(position(1).toString(), position(2).toString());
        assertThat(received.events()).extracting(EventStreamClient.Event::event).containsOnly("io.relations.follow.created.v1");
        JsonNode data = new ObjectMapper().readTree(received.events().get(1).data());
        assertThat(data.path("id").asText()).isEqualTo(second.event().id().toString());
        assertThat(data.path("relationsposition").asText()).isEqualTo(position(2).toString());
        assertThat(received.events().get(1).data()).doesNotContain("\n");
    }

    @Test
    void a_stream_resumes_after_the_last_event_id() {
        for (long n = 1; n <= 3; n++) {
            api.useCases.changeLog.add(follow(n, alice, newUser()));
        }

        var received = client.read("/api/v1/changes/stream", reader(position(1).toString()), READ_TIMEOUT);

        assertThat(received.events()).extracting(EventStreamClient.Event::id).containsExactly(position(2).toString(), position(3).toString());
    }

    @Test
    void the_last_event_id_of_a_reconnect_wins_over_the_after_of_the_first_connect() {
        for (long n = 1; n <= 3; n++) {
            api.useCases.changeLog.add(follow(n, alice, newUser()));
        }

        var received = client.read("/api/v1/changes/stream?after=" + position(0), reader(position(2).toString()), READ_TIMEOUT);

        assertThat(received.events()).extracting(EventStreamClient.Event::id).containsExactly(position(3).toString());
    }

    @Test
    void without_a_position_the_stream_starts_from_now() {
        api.useCases.changeLog.addAll(List.of(follow(1, alice, newUser()), follow(2, alice, newUser())));
        api.useCases.latestChange = position(2);
        api.useCases.changeLog.add(follow(3, alice, newUser()));

        var received = client.read("/api/v1/changes/stream", reader(), READ_TIMEOUT);

        assertThat(received.events()).extracting(EventStreamClient.Event::id).containsExactly(position(3).toString());
    }

    @Test
    void a_change_committed_while_the_stream_is_open_arrives_on_it() {
        api.useCases.changeLog.add(follow(1, alice, newUser()));

        var received = client.read("/api/v1/changes/stream?after=" + position(0), reader(), READ_TIMEOUT,
                event -> api.useCases.changeLog.add(follow(2, alice, newUser())));

        assertThat(received.events()).extracting(EventStreamClient.Event::id).containsExactly(position(1).toString(), position(2).toString());
    }

    @Test
    void a_streams_answer_is_the_documented_one() {
        api.useCases.changeLog.add(follow(1, alice, newUser()));
        Map<String, String> headers = new java.util.HashMap<>(reader(position(0).toString()));
        headers.put("Accept", "text/event-stream");

        // The checked client compares the answer with the OpenAPI document; the stream ends by itself.
        var reply = api.send("GET", "/api/v1/changes/stream", null, null, headers);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).startsWith("id: " + position(1) + "\nevent: io.relations.follow.created.v1\ndata: {");
    }

    @Test
    void heartbeats_are_sent_while_nothing_happens() {
        var received = client.read("/api/v1/changes/stream", reader(), READ_TIMEOUT);

        assertThat(received.events()).isEmpty();
        assertThat(received.comments()).hasSizeGreaterThanOrEqualTo(3).containsOnly(ChangeStream.HEARTBEAT);
    }

    @Test
    void a_healthy_stream_outlives_the_read_deadline_and_ends_after_its_longest_duration_with_its_request_timed() {
        long started = System.nanoTime();

        var received = client.read("/api/v1/changes/stream", reader(), READ_TIMEOUT);

        Duration lasted = Duration.ofNanos(System.nanoTime() - started);
        assertThat(received.status()).isEqualTo(200);
        assertThat(LONGEST_STREAM).isGreaterThan(READ_DEADLINE);
        assertThat(lasted).isGreaterThanOrEqualTo(LONGEST_STREAM).isLessThan(READ_TIMEOUT);
        assertThat(received.comments()).isNotEmpty();
        assertThat(api.meters.find(RestApi.REQUEST_TIMER).tag("uri", "/api/v1/changes/stream").tag("status", "200").timer())
                .isNotNull();
    }

    @Test
    void more_streams_than_the_cap_are_unavailable_with_retry_after_and_a_slot_frees_when_a_stream_ends() throws Exception {
        var one = java.util.concurrent.CompletableFuture.supplyAsync(() -> client.read("/api/v1/changes/stream", reader(), READ_TIMEOUT));
        var two = java.util.concurrent.CompletableFuture.supplyAsync(() -> client.read("/api/v1/changes/stream", reader(), READ_TIMEOUT));
        awaitOpenStreams(2);

        var refused = api.send("GET", "/api/v1/changes/stream", null, null, reader());

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.problem()).isEqualTo("unavailable");
        assertThat(refused.header("Retry-After")).isEqualTo(ChangeHandlers.STREAMS_RETRY_AFTER_SECONDS);
        assertThat(one.get(15, java.util.concurrent.TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(two.get(15, java.util.concurrent.TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(client.read("/api/v1/changes/stream", reader(), READ_TIMEOUT).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "xyz", "0000000000000000000000000000000", "ffffffffffffffff0000000000000000",
            "00000000000000000000000000000000,00000000000000000000000000000001", "000000000000000000000000000000AB", "é0000000000000000000000000000000"})
    void a_hostile_last_event_id_is_an_invalid_request(String lastEventId) {
        var reply = api.send("GET", "/api/v1/changes/stream", null, null, reader(lastEventId));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.problem()).isEqualTo("invalid_request");
        assertThat(api.useCases.changeReads).isEmpty();
    }

    @Test
    void a_hostile_after_is_an_invalid_request() {
        var reply = api.send("GET", "/api/v1/changes/stream?after=%00", null, null, reader());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.problem()).isEqualTo("invalid_request");
    }

    @Test
    void a_plain_user_token_is_forbidden_and_so_is_the_private_class_without_its_scope() {
        var user = api.send("GET", "/api/v1/changes/stream", null, null, Map.of("Authorization", "Bearer " + api.token(alice)));
        var privateClass = api.send("GET", "/api/v1/changes/stream?privacy=private", null, null, reader());

        assertThat(user.status()).isEqualTo(403);
        assertThat(user.problem()).isEqualTo("forbidden");
        assertThat(privateClass.status()).isEqualTo(403);
        assertThat(api.useCases.changeReads).isEmpty();
    }

    @Test
    void a_position_retention_has_removed_is_gone_before_the_stream_begins() {
        api.useCases.denial = Denial.POSITION_EXPIRED;

        var reply = api.send("GET", "/api/v1/changes/stream", null, null, reader(position(1).toString()));

        assertThat(reply.status()).isEqualTo(410);
        assertThat(reply.problem()).isEqualTo("position_expired");
    }

    @Test
    void a_client_that_goes_while_a_page_is_sent_costs_no_warning_per_change_left_unsent() throws Exception {
        // given ten pages of blocks with the longest reason: the stream is still writing when the client goes
        for (long n = 1; n <= 10L * ChangeStream.BATCH; n++) {
            api.useCases.changeLog.add(LoggedChanges.block(n, alice, newUser(), "r".repeat(500)));
        }
        Logger javalin = (Logger) LoggerFactory.getLogger("io.javalin.Javalin");
        ListAppender<ILoggingEvent> warnings = new ListAppender<>();
        warnings.start();
        javalin.addAppender(warnings);
        try {
            // when a client reads the head and goes
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), api.port())) {
                socket.getOutputStream().write(("GET /api/v1/changes/stream?after=" + position(0) + "&privacy=public,parties,private HTTP/1.1\r\n"
                        + "Host: 127.0.0.1\r\nAuthorization: Bearer " + api.token(service, Set.of(Scope.CHANGES_READ_PRIVATE)) + "\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                assertThat(new String(socket.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1)).isEqualTo("HTTP/1.1 200");
            }
            awaitOpenStreams(0);
        } finally {
            javalin.detachAppender(warnings);
        }

        // then at most the one write that found it gone is told
        assertThat(warnings.list).extracting(ILoggingEvent::getFormattedMessage).hasSizeLessThanOrEqualTo(1);
    }

    private static void awaitOpenStreams(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (openStreams() != count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(openStreams()).isEqualTo(count);
    }

    private static double openStreams() {
        return api.meters.get(RestApi.OPEN_CHANGE_STREAMS).gauge().value();
    }
}
