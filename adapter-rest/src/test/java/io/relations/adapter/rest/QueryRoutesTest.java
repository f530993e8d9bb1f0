package io.relations.adapter.rest;

import static io.relations.adapter.rest.TestApi.newUser;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.relations.adapter.rest.http.CursorScope;
import io.relations.application.model.BlockedUser;
import io.relations.application.model.ListedUser;
import io.relations.application.model.Page;
import io.relations.application.model.PageCursor;
import io.relations.application.model.RecordedEvent;
import io.relations.application.model.RelationshipLookup;
import io.relations.application.model.RequestDirection;
import io.relations.application.model.UserStats;
import io.relations.domain.event.ConnectionRemoved;
import io.relations.domain.event.ConnectionRequested;
import io.relations.domain.event.HistoryKind;
import io.relations.domain.event.UserBlocked;
import io.relations.domain.event.UserFollowed;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryRoutesTest {

    private static final Instant SINCE = Instant.parse("2026-03-01T12:30:45.123456Z");

    @RegisterExtension
    static final TestApi api = new TestApi();
    private final UserId me = newUser();
    private final UserId other = newUser();

    @ParameterizedTest
    @ValueSource(strings = {"followers", "following", "connections"})
    void a_users_list_answers_items_and_the_next_cursor(String list) {
        PageCursor next = new PageCursor(SINCE, UUID.randomUUID());
        api.useCases.listedUsers = new Page<>(List.of(new ListedUser(other, SINCE)), Optional.of(next));

        var reply = api.get("/api/v1/users/" + other + "/" + list, api.token(me));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode item = reply.json().path("items").get(0);
        assertThat(item.path("user_id").asText()).isEqualTo(other.toString());
        assertThat(item.path("since").asText()).isEqualTo("2026-03-01T12:30:45.123456Z");
        assertThat(api.cursors.decode(new CursorScope(list, me, other), reply.json().path("next_cursor").asText())).isEqualTo(next);
        assertThat(api.useCases.lastPage.limit()).isEqualTo(20);
    }

    @Test
    void the_last_page_has_a_null_next_cursor() {
        var reply = api.get("/api/v1/users/" + other + "/followers", api.token(me));

        assertThat(reply.json().has("next_cursor")).isTrue();
        assertThat(reply.json().path("next_cursor").isNull()).isTrue();
    }

    @Test
    void a_cursor_given_back_asks_for_the_page_after_it() {
        PageCursor cursor = new PageCursor(SINCE, UUID.randomUUID());

        api.get("/api/v1/users/" + other + "/followers?limit=5&cursor=" + api.cursors.encode(new CursorScope("followers", me, other), cursor),
                api.token(me));

        assertThat(api.useCases.lastPage.limit()).isEqualTo(5);
        assertThat(api.useCases.lastPage.after()).contains(cursor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "abc", "1.5", "", "99999999999"})
    void a_limit_out_of_range_is_an_invalid_request(String limit) {
        var reply = api.get("/api/v1/users/" + other + "/followers?limit=" + limit, api.token(me));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.problem()).isEqualTo("invalid_request");
        assertThat(api.useCases.calls).noneMatch(call -> call.startsWith("listFollowers"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "!!!", "eyJhbGciOiJub25lIn0"})
    void a_malformed_cursor_is_an_invalid_request(String cursor) {
        var reply = api.get("/api/v1/me/blocks?cursor=" + cursor, api.token(me));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.problem()).isEqualTo("invalid_request");
    }

    @Test
    void an_edited_cursor_is_an_invalid_request() {
        String cursor = api.cursors.encode(CursorScope.own("blocks", me), new PageCursor(SINCE, UUID.randomUUID()));
        String edited = (cursor.charAt(5) == 'A' ? "B" : "A");
        edited = cursor.substring(0, 5) + edited + cursor.substring(6);

        var reply = api.get("/api/v1/me/blocks?cursor=" + edited, api.token(me));

        assertThat(reply.status()).isEqualTo(400);
    }

    @Test
    void stats_answer_the_three_counts() {
        api.useCases.stats = new UserStats(3, 4, 5);

        var reply = api.get("/api/v1/users/" + other + "/stats", api.token(me));

        assertThat(reply.json().toString()).isEqualTo(
                "{\"user_id\":\"" + other + "\",\"followers\":3,\"following\":4,\"connections\":5}");
    }

    @Test
    void connection_requests_are_listed_by_direction() {
        api.useCases.listedUsers = Page.last(List.of(new ListedUser(other, SINCE)));

        var reply = api.get("/api/v1/me/connection-requests?direction=outgoing", api.token(me));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(api.useCases.lastFilter).isEqualTo(RequestDirection.OUTGOING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?direction=sideways", "?direction=INCOMING", "?direction=incoming&direction=outgoing"})
    void connection_requests_need_a_known_direction(String query) {
        var reply = api.get("/api/v1/me/connection-requests" + query, api.token(me));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.problem()).isEqualTo("invalid_request");
    }

    @Test
    void the_block_list_gives_the_reason_only_when_there_is_one() {
        api.useCases.blockedUsers = Page.last(List.of(
                new BlockedUser(other, new BlockReason("spam"), SINCE), new BlockedUser(me, BlockReason.NONE, SINCE)));

        var items = api.get("/api/v1/me/blocks", api.token(me)).json().path("items");

        assertThat(items.get(0).path("reason").asText()).isEqualTo("spam");
        assertThat(items.get(1).has("reason")).isFalse();
    }

    @Test
    void relationships_answer_one_entry_per_asked_id_in_order() {
        UserId third = newUser();

        var reply = api.get("/api/v1/me/relationships?ids=" + other + "," + third, api.token(me));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("items")).extracting(item -> item.path("user_id").asText())
                .containsExactly(other.toString(), third.toString());
        assertThat(((RelationshipLookup) api.useCases.lastFilter).others()).containsExactly(other, third);
    }

    @Test
    void relationships_take_up_to_100_ids() {
        String hundred = IntStream.range(0, 100).mapToObj(i -> newUser().toString()).collect(Collectors.joining(","));

        assertThat(api.get("/api/v1/me/relationships?ids=" + hundred, api.token(me)).status()).isEqualTo(200);
    }

    @Test
    void relationships_refuse_more_than_100_ids() {
        String many = IntStream.range(0, 101).mapToObj(i -> newUser().toString()).collect(Collectors.joining(","));

        var reply = api.get("/api/v1/me/relationships?ids=" + many, api.token(me));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.problem()).isEqualTo("invalid_request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?ids=", "?ids=nope", "?ids=,", "?other=1"})
    void relationships_need_well_formed_ids(String query) {
        var reply = api.get("/api/v1/me/relationships" + query, api.token(me));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.problem()).isEqualTo("invalid_request");
    }

    @Test
    void follow_history_entries_name_follower_and_followed() {
        api.useCases.history = Page.last(List.of(new RecordedEvent(UUID.randomUUID(), new UserFollowed(me, other), SINCE)));

        JsonNode entry = api.get("/api/v1/me/history?kind=follows", api.token(me)).json().path("items").get(0);

        assertThat(api.useCases.lastFilter).isEqualTo(HistoryKind.FOLLOWS);
        assertThat(entry.path("kind").asText()).isEqualTo("follows");
        assertThat(entry.path("action").asText()).isEqualTo("follow");
        assertThat(entry.path("actor_id").asText()).isEqualTo(me.toString());
        assertThat(entry.path("follower_id").asText()).isEqualTo(me.toString());
        assertThat(entry.path("followed_id").asText()).isEqualTo(other.toString());
        assertThat(entry.path("occurred_at").asText()).isEqualTo("2026-03-01T12:30:45.123456Z");
        assertThat(entry.has("reason")).isFalse();
    }

    @Test
    void connection_history_entries_name_the_pair_and_where_known_the_requester() {
        UserPair pair = UserPair.of(me, other);
        api.useCases.history = Page.last(List.of(
                new RecordedEvent(UUID.randomUUID(), new ConnectionRequested(me, other), SINCE),
                new RecordedEvent(UUID.randomUUID(), new ConnectionRemoved(pair, other), SINCE)));

        JsonNode items = api.get("/api/v1/me/history?kind=connections", api.token(me)).json().path("items");

        assertThat(items.get(0).path("requester_id").asText()).isEqualTo(me.toString());
        assertThat(items.get(0).path("addressee_id").asText()).isEqualTo(other.toString());
        assertThat(items.get(1).path("action").asText()).isEqualTo("removed");
        assertThat(items.get(1).path("actor_id").asText()).isEqualTo(other.toString());
        assertThat(items.get(1).path("user_ids")).extracting(JsonNode::asText)
                .containsExactly(pair.lower().toString(), pair.higher().toString());
        assertThat(items.get(1).has("requester_id")).isFalse();
    }

    @Test
    void block_history_entries_carry_the_reason() {
        api.useCases.history = Page.last(List.of(
                new RecordedEvent(UUID.randomUUID(), new UserBlocked(me, other, new BlockReason("spam")), SINCE)));

        JsonNode entry = api.get("/api/v1/me/history?kind=blocks", api.token(me)).json().path("items").get(0);

        assertThat(entry.path("blocker_id").asText()).isEqualTo(me.toString());
        assertThat(entry.path("blocked_id").asText()).isEqualTo(other.toString());
        assertThat(entry.path("reason").asText()).isEqualTo("spam");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?kind=likes", "?kind=follows&limit=0"})
    void history_needs_a_known_kind_and_a_valid_page(String query) {
        var reply = api.get("/api/v1/me/history" + query, api.token(me));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.problem()).isEqualTo("invalid_request");
    }
}
