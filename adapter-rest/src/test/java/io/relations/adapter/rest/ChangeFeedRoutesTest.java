package io.relations.adapter.rest;

import static io.relations.adapter.rest.LoggedChanges.block;
import static io.relations.adapter.rest.LoggedChanges.follow;
import static io.relations.adapter.rest.LoggedChanges.position;
import static io.relations.adapter.rest.TestApi.newUser;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.relations.adapter.rest.auth.Scope;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.LoggedChange;
import io.relations.application.model.Denial;
import io.relations.domain.model.UserId;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChangeFeedRoutesTest {

    @RegisterExtension
    static final TestApi api = new TestApi();

    private final UserId service = newUser();
    private final UserId alice = newUser();
    private final UserId bob = newUser();

    private String reader() {
        return api.token(service, Set.of(Scope.CHANGES_READ));
    }

    private String privateReader() {
        return api.token(service, Set.of(Scope.CHANGES_READ_PRIVATE));
    }

    @Test
    void a_changes_reader_gets_each_change_as_a_structured_cloud_event_and_the_next_cursor() {
        LoggedChange follow = follow(1, alice, bob);
        api.useCases.changeLog.add(follow);

        var reply = api.get("/api/v1/changes", reader());

        assertThat(reply.status()).isEqualTo(200);
        JsonNode item = reply.json().path("items").get(0);
        assertThat(item.path("specversion").asText()).isEqualTo("1.0");
        assertThat(item.path("id").asText()).isEqualTo(follow.event().id().toString());
        assertThat(item.path("source").asText()).isEqualTo("urn:relations");
        assertThat(item.path("type").asText()).isEqualTo("io.relations.follow.created.v1");
        assertThat(item.path("subject").asText()).isEqualTo(follow.event().subject().key());
        assertThat(item.path("relationsposition").asText()).isEqualTo(position(1).toString());
        assertThat(item.path("relationsactor").asText()).isEqualTo(alice.toString());
        assertThat(item.path("data").path("follower").asText()).isEqualTo(alice.toString());
        assertThat(item.path("data").path("followed").asText()).isEqualTo(bob.toString());
        assertThat(reply.json().path("next_cursor").asText()).isEqualTo(position(1).toString());
    }

    @Test
    void without_after_the_feed_reads_a_hundred_public_and_parties_changes_from_the_start_of_the_log() {
        api.get("/api/v1/changes", reader());

        assertThat(api.useCases.changeReads).containsExactly(ChangePosition.START + " 100 [PUBLIC, PARTIES]");
    }

    @Test
    void the_next_cursor_given_back_as_after_reads_the_page_after_it() {
        for (long n = 1; n <= 5; n++) {
            api.useCases.changeLog.add(follow(n, alice, newUser()));
        }

        var first = api.get("/api/v1/changes?limit=2", reader());
        var second = api.get("/api/v1/changes?limit=2&after=" + first.json().path("next_cursor").asText(), reader());

        assertThat(first.json().path("items").findValuesAsText("relationsposition")).containsExactly(position(1).toString(), position(2).toString());
        assertThat(second.json().path("items").findValuesAsText("relationsposition")).containsExactly(position(3).toString(), position(4).toString());
        assertThat(second.json().path("next_cursor").asText()).isEqualTo(position(4).toString());
    }

    @Test
    void a_page_with_nothing_new_keeps_the_cursor_where_it_was_since_the_feed_has_no_end() {
        api.useCases.changeLog.add(follow(1, alice, bob));

        var reply = api.get("/api/v1/changes?after=" + position(1), reader());

        assertThat(reply.json().path("items").isEmpty()).isTrue();
        assertThat(reply.json().path("next_cursor").asText()).isEqualTo(position(1).toString());
    }

    @Test
    void a_changes_reader_never_sees_a_blocks_reason() {
        api.useCases.changeLog.add(block(1, alice, bob, "spam"));

        var reply = api.get("/api/v1/changes", reader());

        JsonNode data = reply.json().path("items").get(0).path("data");
        assertThat(data.path("blocker").asText()).isEqualTo(alice.toString());
        assertThat(data.has("reason")).isFalse();
        assertThat(reply.body()).doesNotContain("spam");
    }

    @Test
    void a_changes_reader_asking_for_the_private_class_is_forbidden_and_told_the_scope() {
        var reply = api.get("/api/v1/changes?privacy=public,private", reader());

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.problem()).isEqualTo("forbidden");
        assertThat(reply.header("WWW-Authenticate")).contains("insufficient_scope", "scope=\"changes:read_private\"");
        assertThat(api.useCases.changeReads).isEmpty();
    }

    @Test
    void a_private_reader_asking_for_the_private_class_sees_the_blocks_reason() {
        api.useCases.changeLog.add(block(1, alice, bob, "spam"));

        var reply = api.get("/api/v1/changes?privacy=public,parties,private", privateReader());

        assertThat(reply.json().path("items").get(0).path("data").path("reason").asText()).isEqualTo("spam");
    }

    @Test
    void a_private_reader_that_does_not_ask_gets_the_default_classes() {
        api.useCases.changeLog.add(block(1, alice, bob, "spam"));

        var reply = api.get("/api/v1/changes", privateReader());

        assertThat(reply.json().path("items").get(0).path("data").has("reason")).isFalse();
    }

    @Test
    void a_reader_asking_for_the_public_class_alone_gets_no_parties_change() {
        api.useCases.changeLog.add(block(1, alice, bob, "spam"));
        api.useCases.changeLog.add(follow(2, bob, newUser()));

        var reply = api.get("/api/v1/changes?privacy=public", reader());

        assertThat(reply.json().path("items").findValuesAsText("type")).containsExactly("io.relations.follow.created.v1");
        assertThat(api.useCases.changeReads).containsExactly(ChangePosition.START + " 100 [PUBLIC]");
    }

    @Test
    void a_plain_user_token_is_forbidden() {
        var reply = api.get("/api/v1/changes", api.token(alice));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.problem()).isEqualTo("forbidden");
        assertThat(reply.header("WWW-Authenticate")).contains("scope=\"changes:read\"");
        assertThat(api.useCases.changeReads).isEmpty();
    }

    @Test
    void an_admin_gets_every_class_when_asking() {
        api.useCases.changeLog.add(block(1, alice, bob, "spam"));

        var asked = api.get("/api/v1/changes?privacy=private,parties,public", api.adminToken(alice));
        var notAsked = api.get("/api/v1/changes", api.adminToken(alice));

        assertThat(asked.json().path("items").get(0).path("data").path("reason").asText()).isEqualTo("spam");
        assertThat(notAsked.json().path("items").get(0).path("data").has("reason")).isFalse();
    }

    @Test
    void without_a_token_the_feed_is_unauthorized() {
        var reply = api.get("/api/v1/changes", null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.problem()).isEqualTo("unauthorized");
    }

    @Test
    void a_position_retention_has_removed_is_gone() {
        api.useCases.denial = Denial.POSITION_EXPIRED;

        var reply = api.get("/api/v1/changes?after=" + position(1), reader());

        assertThat(reply.status()).isEqualTo(410);
        assertThat(reply.problem()).isEqualTo("position_expired");
    }

    @Test
    void a_database_that_is_down_makes_the_feed_unavailable() {
        api.useCases.failure = new TestApi.DatabaseDown();

        var reply = api.get("/api/v1/changes", reader());

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.problem()).isEqualTo("unavailable");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "xyz", "0000000000000000000000000000000", "000000000000000000000000000000000",
            "000000000000000000000000000000AB", "ffffffffffffffff0000000000000000", "00000000000000000000000000000000\u0000",
            "-0000000000000000000000000000000", "０000000000000000000000000000000", "1e10", "cursor"})
    void a_hostile_after_is_an_invalid_request(String after) {
        var reply = api.get("/api/v1/changes?after=" + encoded(after), reader());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.problem()).isEqualTo("invalid_request");
        assertThat(api.useCases.changeReads).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1001", "-1", "abc", "1.5", "", "99999", "1e3", " 5"})
    void a_hostile_limit_is_an_invalid_request(String limit) {
        var reply = api.get("/api/v1/changes?limit=" + encoded(limit), reader());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.problem()).isEqualTo("invalid_request");
    }

    @Test
    void the_largest_limit_is_a_thousand() {
        api.get("/api/v1/changes?limit=1000", reader());

        assertThat(api.useCases.changeReads).containsExactly(ChangePosition.START + " 1000 [PUBLIC, PARTIES]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "secret", "PUBLIC", "public,public", "public,", ",", "public,parties,private,public", "public;parties", "public parties"})
    void a_hostile_privacy_is_an_invalid_request(String privacy) {
        var reply = api.get("/api/v1/changes?privacy=" + encoded(privacy), privateReader());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.problem()).isEqualTo("invalid_request");
    }

    @Test
    void an_unknown_parameter_is_an_invalid_request() {
        var reply = api.get("/api/v1/changes?cursor=abc", reader());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.problem()).isEqualTo("invalid_request");
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
