package io.relations.adapter.rest;

import static io.relations.adapter.rest.TestApi.newUser;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.relations.application.change.ChangePosition;
import io.relations.application.webhook.DeliveryAttempt;
import io.relations.application.webhook.DeliveryResult;
import io.relations.domain.model.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookRoutesTest {

    private static final String WEBHOOKS = "/api/v1/admin/webhooks";

    @RegisterExtension
    static final TestApi api = new TestApi();
    private final UserId admin = newUser();

    @Test
    void creating_a_subscription_answers_its_secret_once_and_no_later_answer_shows_it() {
        var created = send("POST", WEBHOOKS, "{\"url\": \"https://hooks.example/in\", \"event_types\": [\"block.created\"]}");
        String id = created.json().path("id").asText();

        var got = send("GET", WEBHOOKS + "/" + id, null);
        var listed = send("GET", WEBHOOKS, null);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("secret").asText()).startsWith("whsec_");
        assertThat(created.json().path("state").asText()).isEqualTo("active");
        assertThat(texts(created.json().path("privacy_classes"))).containsExactly("public", "parties");
        assertThat(texts(created.json().path("event_types"))).containsExactly("block.created");
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json().has("secret")).isFalse();
        assertThat(listed.json().path("items")).hasSize(1);
        assertThat(listed.body()).doesNotContain("whsec_");
    }

    @Test
    void webhook_routes_need_the_admin_scope() {
        var refused = api.send("POST", WEBHOOKS, api.token(admin), "{\"url\": \"https://hooks.example/in\"}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.problem()).isEqualTo("forbidden");
        assertThat(api.useCases.webhooks.calls).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"url\": \"ftp://hooks.example/in\"}",
            "{\"url\": \"https://user:secret@hooks.example/in\"}",
            "{\"url\": \"hooks.example/in\"}",
            "{\"url\": \"https://hooks.example/in\", \"event_types\": [\"follow.exploded\"]}",
            "{\"url\": \"https://hooks.example/in\", \"privacy_classes\": []}",
            "{\"url\": \"https://hooks.example/in\", \"privacy_classes\": [\"secret\"]}",
            "{\"url\": \"https://hooks.example/in\", \"colour\": \"red\"}",
            "{\"url\": 5}",
            "{\"event_types\": []}",
            "[]",
            "not json"})
    void a_bad_subscription_is_an_invalid_request_and_creates_nothing(String body) {
        var refused = send("POST", WEBHOOKS, body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problem()).isEqualTo("invalid_request");
        assertThat(api.useCases.webhooks.subscriptions).isEmpty();
    }

    @Test
    void a_url_over_two_thousand_characters_is_refused() {
        String url = "https://hooks.example/" + "a".repeat(1_990);

        var refused = send("POST", WEBHOOKS, "{\"url\": \"" + url + "\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problem()).isEqualTo("invalid_request");
    }

    @Test
    void an_unknown_id_is_not_found_on_every_route_and_a_malformed_one_an_invalid_request() {
        String unknown = WEBHOOKS + "/" + UUID.randomUUID();
        List<HttpReply> replies = List.of(
                send("GET", unknown, null),
                send("PATCH", unknown, "{\"url\": \"https://hooks.example/x\"}"),
                send("DELETE", unknown, null),
                send("POST", unknown + "/pause", null),
                send("POST", unknown + "/activate", null),
                send("POST", unknown + "/rotate-secret", null),
                send("POST", unknown + "/replay", "{\"after\": \"" + ChangePosition.START + "\"}"),
                send("GET", unknown + "/attempts", null));

        assertThat(replies).allSatisfy(reply -> {
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.problem()).isEqualTo("not_found");
        });
        var malformed = send("GET", WEBHOOKS + "/not-a-uuid", null);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.problem()).isEqualTo("invalid_request");
    }

    @Test
    void a_patch_replaces_the_fields_it_names_and_keeps_the_others() {
        String id = create();

        var patched = send("PATCH", WEBHOOKS + "/" + id, "{\"privacy_classes\": [\"public\", \"private\"]}");

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().path("url").asText()).isEqualTo("https://hooks.example/in");
        assertThat(texts(patched.json().path("privacy_classes"))).containsExactly("public", "private");
        assertThat(texts(patched.json().path("event_types"))).isEmpty();
    }

    @Test
    void pausing_and_activating_show_the_state_and_why() {
        String id = create();

        var paused = send("POST", WEBHOOKS + "/" + id + "/pause", null);
        var active = send("POST", WEBHOOKS + "/" + id + "/activate", null);

        assertThat(paused.json().path("state").asText()).isEqualTo("paused");
        assertThat(paused.json().path("paused_reason").asText()).isEqualTo("administrator");
        assertThat(active.json().path("state").asText()).isEqualTo("active");
        assertThat(active.json().has("paused_reason")).isFalse();
    }

    @Test
    void rotating_answers_the_new_secret_once() {
        String id = create();

        var rotated = send("POST", WEBHOOKS + "/" + id + "/rotate-secret", null);

        assertThat(rotated.status()).isEqualTo(200);
        assertThat(rotated.json().path("secret").asText()).startsWith("whsec_");
        assertThat(send("GET", WEBHOOKS + "/" + id, null).body()).doesNotContain("whsec_");
    }

    @Test
    void a_replay_takes_a_position_and_refuses_a_malformed_expired_or_future_one() {
        String id = create();
        String replay = WEBHOOKS + "/" + id + "/replay";

        var replayed = send("POST", replay, "{\"after\": \"" + new ChangePosition(5, 6) + "\"}");
        var malformed = send("POST", replay, "{\"after\": \"12\"}");
        var missing = send("POST", replay, "{}");
        var future = send("POST", replay, "{\"after\": \"" + new ChangePosition(500, 1) + "\"}");
        api.useCases.webhooks.removedThrough = Optional.of(new ChangePosition(50, 1));
        var expired = send("POST", replay, "{\"after\": \"" + new ChangePosition(5, 6) + "\"}");

        assertThat(replayed.status()).isEqualTo(200);
        assertThat(api.useCases.webhooks.calls).contains("replay " + id + " " + new ChangePosition(5, 6));
        assertThat(List.of(malformed, missing, future)).allSatisfy(reply -> {
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.problem()).isEqualTo("invalid_request");
        });
        // As the feed answers a position retention removed what follows.
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.problem()).isEqualTo("position_expired");
    }

    @Test
    void deleting_answers_no_content_then_not_found() {
        String id = create();

        var deleted = send("DELETE", WEBHOOKS + "/" + id, null);
        var again = send("DELETE", WEBHOOKS + "/" + id, null);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(404);
    }

    @Test
    void attempts_are_listed_newest_first_page_by_page_with_their_outcome() {
        String id = create();
        UUID subscription = UUID.fromString(id);
        Instant base = Instant.parse("2026-02-01T00:00:00Z");
        for (int i = 0; i < 5; i++) {
            api.useCases.webhooks.attempts.get(subscription).add(new DeliveryAttempt(UUID.randomUUID(), subscription, base.plusSeconds(i),
                    UUID.randomUUID(), new ChangePosition(1, i + 1), i == 4 ? DeliveryResult.Outcome.ACKNOWLEDGED : DeliveryResult.Outcome.TIMED_OUT,
                    Optional.ofNullable(i == 4 ? 204 : null), Duration.ofMillis(40 + i),
                    i == 4 ? Optional.empty() : Optional.of(base.plusSeconds(i + 10))));
        }

        List<JsonNode> read = new ArrayList<>();
        var page = send("GET", WEBHOOKS + "/" + id + "/attempts?limit=2", null);
        page.json().path("items").forEach(read::add);
        for (int pages = 0; pages < 5 && !page.json().path("next_cursor").isNull(); pages++) {
            page = send("GET", WEBHOOKS + "/" + id + "/attempts?limit=2&cursor=" + page.json().path("next_cursor").asText(), null);
            page.json().path("items").forEach(read::add);
        }

        assertThat(read).hasSize(5);
        assertThat(read.get(0).path("outcome").asText()).isEqualTo("acknowledged");
        assertThat(read.get(0).path("status").asInt()).isEqualTo(204);
        assertThat(read.get(0).has("next_attempt_at")).isFalse();
        assertThat(read.get(1).path("outcome").asText()).isEqualTo("timed_out");
        assertThat(read.get(1).path("duration_ms").asLong()).isEqualTo(43);
        assertThat(read.get(4).path("position").asText()).isEqualTo(new ChangePosition(1, 1).toString());
        var foreign = send("GET", WEBHOOKS + "/" + create() + "/attempts?cursor=" + send("GET", WEBHOOKS + "/" + id + "/attempts?limit=1", null)
                .json().path("next_cursor").asText(), null);
        assertThat(foreign.status()).isEqualTo(400);
    }

    private String create() {
        return send("POST", WEBHOOKS, "{\"url\": \"https://hooks.example/in\"}").json().path("id").asText();
    }

    private HttpReply send(String method, String path, String body) {
        return api.send(method, path, api.adminToken(admin), body);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
