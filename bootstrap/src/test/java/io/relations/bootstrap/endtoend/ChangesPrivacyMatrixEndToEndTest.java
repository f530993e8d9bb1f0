package io.relations.bootstrap.endtoend;

import static io.relations.bootstrap.endtoend.ChangeFeedEndToEndTest.awaitChange;
import static io.relations.bootstrap.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.relations.adapter.rest.HttpReply;
import io.relations.adapter.rest.auth.Scope;
import io.relations.adapter.rest.problem.ProblemType;
import io.relations.bootstrap.testing.ApiClient;
import io.relations.bootstrap.testing.ChangeFeed;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.bootstrap.testing.SharedService;
import io.relations.domain.model.UserId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The privacy rule of the change feed (DESIGN §7), viewer by viewer: who may read the feed, its
 * stream and the webhook administration, and what each sees. The owner follows, then blocks, the
 * blocked party with a reason: the reason is the private class, and only a caller with
 * {@code changes:read_private} or {@code admin} who asks for that class reads it.
 */
@ExtendWith(SharedService.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangesPrivacyMatrixEndToEndTest {

    private static final String ALL_CLASSES = "&privacy=public,parties,private";
    private static final String WEBHOOKS = "/api/v1/admin/webhooks";

    enum Viewer { ANONYMOUS, USER, CHANGES_READER, PRIVATE_READER, ADMIN }

    private final ServiceUnderTest service;
    private final Map<Viewer, ApiClient> clients = new EnumMap<>(Viewer.class);
    private final UserId owner;
    private final String reason = "private reason " + UUID.randomUUID();
    private final String before;
    private final Predicate<JsonNode> theBlock;

    ChangesPrivacyMatrixEndToEndTest(ServiceUnderTest service) {
        this.service = service;
        this.owner = service.newUser();
        UserId blockedParty = service.newUser();
        clients.put(Viewer.ANONYMOUS, service.anonymous());
        clients.put(Viewer.USER, service.as(owner));
        clients.put(Viewer.CHANGES_READER, service.withScopes(Set.of(Scope.CHANGES_READ)));
        clients.put(Viewer.PRIVATE_READER, service.withScopes(Set.of(Scope.CHANGES_READ_PRIVATE)));
        clients.put(Viewer.ADMIN, service.asAdmin());
        this.before = ChangeFeed.end(clients.get(Viewer.ADMIN));
        assertThat(service.as(owner).put("/api/v1/me/following/" + blockedParty).status()).isEqualTo(200);
        assertThat(service.as(owner).put("/api/v1/me/blocks/" + blockedParty, "{\"reason\": \"" + reason + "\"}").status()).isEqualTo(200);
        this.theBlock = change -> change.path("type").asText().equals("io.relations.block.created.v1")
                && change.path("data").path("blocker").asText().equals(owner.toString());
        // Readable by everyone who may read it from here on: the streams below start after it is visible.
        awaitChange(clients.get(Viewer.ADMIN), before, ALL_CLASSES, theBlock);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewer.class)
    void the_feed_answers_each_viewer_as_its_scopes_allow_and_the_reason_only_to_a_private_reader_who_asks(Viewer viewer) {
        ApiClient client = clients.get(viewer);
        String page = "/api/v1/changes?limit=1000&after=" + before;

        switch (viewer) {
            case ANONYMOUS -> {
                assertProblem(client.get(page), ProblemType.UNAUTHORIZED);
                assertProblem(client.get(page + ALL_CLASSES), ProblemType.UNAUTHORIZED);
            }
            case USER -> {
                assertProblem(client.get(page), ProblemType.FORBIDDEN);
                assertProblem(client.get(page + ALL_CLASSES), ProblemType.FORBIDDEN);
            }
            case CHANGES_READER -> {
                assertThat(awaitChange(client, before, "", theBlock).path("data").has("reason")).isFalse();
                assertProblem(client.get(page + ALL_CLASSES), ProblemType.FORBIDDEN);
            }
            case PRIVATE_READER, ADMIN -> {
                assertThat(awaitChange(client, before, "", theBlock).path("data").has("reason")).as("the default classes").isFalse();
                assertThat(awaitChange(client, before, ALL_CLASSES, theBlock).path("data").path("reason").asText()).isEqualTo(reason);
            }
        }
    }

    @Test
    void the_stream_refuses_whom_the_feed_refuses_and_sends_the_reason_only_to_a_private_reader_who_asks() throws Exception {
        String stream = "/api/v1/changes/stream?after=" + before;
        assertProblem(clients.get(Viewer.ANONYMOUS).get(stream), ProblemType.UNAUTHORIZED);
        assertProblem(clients.get(Viewer.USER).get(stream), ProblemType.FORBIDDEN);
        assertProblem(clients.get(Viewer.CHANGES_READER).get(stream + ALL_CLASSES), ProblemType.FORBIDDEN);

        // Each stream lasts the test service's longest (2 s): read side by side.
        List<HttpReply> replies = readStreams(List.of(
                () -> clients.get(Viewer.CHANGES_READER).get(stream),
                () -> clients.get(Viewer.PRIVATE_READER).get(stream),
                () -> clients.get(Viewer.ADMIN).get(stream),
                () -> clients.get(Viewer.PRIVATE_READER).get(stream + ALL_CLASSES),
                () -> clients.get(Viewer.ADMIN).get(stream + ALL_CLASSES)));
        List<HttpReply> withoutReason = replies.subList(0, 3);
        List<HttpReply> withReason = replies.subList(3, 5);

        String blockEvent = "\"blocker\":\"" + owner + "\"";
        assertThat(withoutReason).allSatisfy(reply -> assertThat(reply.body()).as("%s", reply).contains(blockEvent).doesNotContain(reason));
        assertThat(withReason).allSatisfy(reply -> assertThat(reply.body()).as("%s", reply).contains(blockEvent, reason));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Viewer.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void no_viewer_but_an_administrator_may_call_any_webhook_route(Viewer viewer) {
        String one = WEBHOOKS + "/" + UUID.randomUUID();
        ProblemType refusal = viewer == Viewer.ANONYMOUS ? ProblemType.UNAUTHORIZED : ProblemType.FORBIDDEN;
        ApiClient client = clients.get(viewer);

        List<HttpReply> replies = List.of(
                client.get(WEBHOOKS),
                client.send("POST", WEBHOOKS, "{\"url\": \"http://127.0.0.1:9/hook\"}"),
                client.get(one),
                client.send("PATCH", one, "{\"privacy_classes\": [\"public\"]}"),
                client.delete(one),
                client.post(one + "/pause"),
                client.post(one + "/activate"),
                client.post(one + "/rotate-secret"),
                client.send("POST", one + "/replay", "{\"after\": \"" + before + "\"}"),
                client.get(one + "/attempts"));

        assertThat(replies).hasSize(10).allSatisfy(reply -> assertProblem(reply, refusal));
    }

    @Test
    void a_subscriptions_secret_is_answered_at_its_creation_and_a_rotated_one_at_its_rotation_and_never_again() {
        ApiClient admin = clients.get(Viewer.ADMIN);
        HttpReply created = admin.send("POST", WEBHOOKS, "{\"url\": \"http://127.0.0.1:9/privacy-matrix\"}");
        String secret = created.json().path("secret").asText();
        String one = WEBHOOKS + "/" + created.json().path("id").asText();
        List<HttpReply> later = new ArrayList<>();
        HttpReply rotated;
        try {
            // paused at once: nothing is ever sent to port 9
            later.add(admin.post(one + "/pause"));
            later.addAll(List.of(admin.get(WEBHOOKS + "?limit=100"), admin.get(one), admin.send("PATCH", one, "{\"privacy_classes\": [\"public\"]}"),
                    admin.send("POST", one + "/replay", "{\"after\": \"" + before + "\"}"), admin.get(one + "/attempts")));
            rotated = admin.post(one + "/rotate-secret");
            later.addAll(List.of(admin.get(WEBHOOKS + "?limit=100"), admin.get(one), admin.post(one + "/pause")));
        } finally {
            later.add(admin.delete(one));
        }

        assertThat(created.status()).isEqualTo(201);
        assertThat(secret).startsWith("whsec_");
        String newSecret = rotated.json().path("secret").asText();
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(secret);
        assertThat(later).allSatisfy(reply -> assertThat(reply.status()).as("%s", reply).isBetween(200, 299));
        assertThat(later).allSatisfy(reply -> assertThat(reply.body()).as("%s", reply)
                .doesNotContain(secret.substring("whsec_".length()), newSecret.substring("whsec_".length()), "whsec_"));
        assertThat(rotated.body()).doesNotContain(secret.substring("whsec_".length()));
    }

    /** The streams' whole answers in the order asked, each read on a thread of its own. */
    private static List<HttpReply> readStreams(List<Callable<HttpReply>> streams) throws InterruptedException, ExecutionException {
        ExecutorService readers = Executors.newFixedThreadPool(streams.size());
        try {
            List<HttpReply> replies = new ArrayList<>();
            for (Future<HttpReply> reply : readers.invokeAll(streams)) {
                replies.add(reply.get());
            }
            assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).as("%s", reply).isEqualTo(200));
            return replies;
        } finally {
            readers.shutdownNow();
        }
    }
}
