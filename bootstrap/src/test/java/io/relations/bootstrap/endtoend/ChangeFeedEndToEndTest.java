package io.relations.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.relations.adapter.rest.HttpReply;
import io.relations.adapter.rest.auth.Scope;
import io.relations.bootstrap.testing.ApiClient;
import io.relations.bootstrap.testing.ChangeFeed;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.bootstrap.testing.SharedService;
import io.relations.domain.model.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The change feed of the real service on the real log: what a command commits is read back as
 * its CloudEvent, through the pages and through the stream, as each reader may see it. The
 * shared service's log holds every other test's changes too, so each test reads after the
 * position it found before acting, and looks for its own users' changes only.
 */
@ExtendWith(SharedService.class)
class ChangeFeedEndToEndTest {

    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);

    private final ServiceUnderTest service;
    private final ApiClient reader;
    private final UserId alice;
    private final UserId bob;

    ChangeFeedEndToEndTest(ServiceUnderTest service) {
        this.service = service;
        this.reader = service.withScopes(Set.of(Scope.CHANGES_READ));
        this.alice = service.newUser();
        this.bob = service.newUser();
    }

    @Test
    void a_follow_is_read_back_from_the_feed_as_its_cloud_event() {
        String before = ChangeFeed.end(reader);

        service.as(alice).put("/api/v1/me/following/" + bob);

        JsonNode follow = awaitChange(reader, before, change -> change.path("type").asText().equals("io.relations.follow.created.v1")
                && change.path("data").path("follower").asText().equals(alice.toString()));
        assertThat(follow.path("specversion").asText()).isEqualTo("1.0");
        assertThat(follow.path("data").path("followed").asText()).isEqualTo(bob.toString());
        assertThat(follow.path("relationsactor").asText()).isEqualTo(alice.toString());
        assertThat(follow.path("subject").asText()).startsWith("pair:").contains(alice.toString(), bob.toString());
        assertThat(follow.path("relationsposition").asText()).isGreaterThan(before);
    }

    @Test
    void a_blocks_reason_reaches_a_private_reader_only() {
        ApiClient privateReader = service.withScopes(Set.of(Scope.CHANGES_READ_PRIVATE));
        String before = ChangeFeed.end(reader);

        service.as(alice).put("/api/v1/me/blocks/" + bob, "{\"reason\":\"spam\"}");

        Predicate<JsonNode> aliceBlocksBob = change -> change.path("type").asText().equals("io.relations.block.created.v1")
                && change.path("data").path("blocker").asText().equals(alice.toString());
        assertThat(awaitChange(reader, before, aliceBlocksBob).path("data").has("reason")).isFalse();
        assertThat(awaitChange(privateReader, before, "&privacy=public,parties,private", aliceBlocksBob).path("data").path("reason").asText())
                .isEqualTo("spam");
    }

    @Test
    void the_stream_sends_the_changes_after_the_last_event_id() {
        String before = ChangeFeed.end(reader);
        service.as(alice).put("/api/v1/me/following/" + bob);
        awaitChange(reader, before, change -> change.path("data").path("follower").asText().equals(alice.toString()));

        // The test service's streams end after 2 s (ServiceUnderTest), so the whole answer can be read.
        HttpReply stream = reader.withHeader("Last-Event-ID", before).withHeader("Accept", "text/event-stream").get("/api/v1/changes/stream");

        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
        assertThat(stream.body()).contains("event: io.relations.follow.created.v1", "\"follower\":\"" + alice + "\"");
    }

    @Test
    void a_plain_users_token_may_not_read_the_feed() {
        HttpReply reply = service.as(alice).get("/api/v1/changes");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.problem()).isEqualTo("forbidden");
    }

    /** The first change after {@code after} that {@code wanted} accepts, waiting a bounded time for it to become readable. */
    private static JsonNode awaitChange(ApiClient reader, String after, Predicate<JsonNode> wanted) {
        return awaitChange(reader, after, "", wanted);
    }

    /** The same, with {@code query} added to each page's request ({@code &privacy=…}). */
    static JsonNode awaitChange(ApiClient reader, String after, String query, Predicate<JsonNode> wanted) {
        long deadline = System.nanoTime() + VISIBLE_WITHIN.toNanos();
        String position = after;
        List<String> seen = new ArrayList<>();
        do {
            HttpReply reply = reader.get("/api/v1/changes?limit=1000&after=" + position + query);
            assertThat(reply.status()).as("%s", reply).isEqualTo(200);
            if (reply.json().path("items").isEmpty()) {
                pause();
            }
            for (JsonNode change : reply.json().path("items")) {
                seen.add(change.path("type").asText());
                if (wanted.test(change)) {
                    return change;
                }
            }
            position = reply.json().path("next_cursor").asText();
        } while (System.nanoTime() < deadline);
        throw new AssertionError("the change did not appear within " + VISIBLE_WITHIN + "; seen " + seen);
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
