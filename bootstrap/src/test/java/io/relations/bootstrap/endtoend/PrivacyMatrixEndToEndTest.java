package io.relations.bootstrap.endtoend;

import static io.relations.bootstrap.testing.Pages.field;
import static io.relations.bootstrap.testing.Pages.userIds;
import static io.relations.bootstrap.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.relations.adapter.rest.HttpReply;
import io.relations.adapter.rest.problem.ProblemType;
import io.relations.bootstrap.testing.ApiClient;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.bootstrap.testing.SharedService;
import io.relations.domain.model.UserId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The privacy rule (DESIGN §7), viewer by viewer over every read route. The owner blocks the
 * blocked party, with a reason, after they had followed each other and the blocked party had asked
 * to connect; the other party follows, is followed by and is connected with the owner; a stranger
 * asks the owner to connect; the blocked party follows the stranger.
 */
@ExtendWith(SharedService.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivacyMatrixEndToEndTest {

    private static final String EMPTY_PAGE = "{\"items\":[],\"next_cursor\":null}";

    enum Viewer { OWNER, OTHER_PARTY, BLOCKED_PARTY, STRANGER, ADMIN }

    private final ServiceUnderTest service;
    private final UserId owner;
    private final UserId otherParty;
    private final UserId blockedParty;
    private final UserId stranger;
    private final String reason = "private reason " + UUID.randomUUID();
    /** Every answer the viewers got, to look for the reason in. */
    private final List<Seen> seen = new ArrayList<>();

    private record Seen(Viewer viewer, String path, HttpReply reply) {
    }

    PrivacyMatrixEndToEndTest(ServiceUnderTest service) {
        this.service = service;
        this.owner = service.newUser();
        this.otherParty = service.newUser();
        this.blockedParty = service.newUser();
        this.stranger = service.newUser();
        succeed(service.as(otherParty).put("/api/v1/me/following/" + owner));
        succeed(service.as(owner).put("/api/v1/me/following/" + otherParty));
        succeed(service.as(otherParty).put("/api/v1/me/connections/" + owner));
        succeed(service.as(owner).post("/api/v1/me/connection-requests/" + otherParty + "/accept"));
        succeed(service.as(blockedParty).put("/api/v1/me/following/" + owner));
        succeed(service.as(owner).put("/api/v1/me/following/" + blockedParty));
        succeed(service.as(blockedParty).put("/api/v1/me/connections/" + owner));
        succeed(service.as(blockedParty).put("/api/v1/me/following/" + stranger));
        succeed(service.as(stranger).put("/api/v1/me/connections/" + owner));
        succeed(service.as(owner).put("/api/v1/me/blocks/" + blockedParty, "{\"reason\": \"" + reason + "\"}"));
    }

    @Test
    void the_blocked_user_does_not_learn_the_block_nor_read_its_private_reason() {
        // when the blocked party reads its own history of blocks, its block list and the blocker's lists
        HttpReply history = read(Viewer.BLOCKED_PARTY, "/api/v1/me/history?kind=blocks");
        HttpReply blocks = read(Viewer.BLOCKED_PARTY, "/api/v1/me/blocks");
        HttpReply followers = read(Viewer.BLOCKED_PARTY, "/api/v1/users/" + owner + "/followers");

        // then nothing names the block or carries its reason, and the hidden list is an ordinary empty one
        assertThat(history.body()).isEqualTo(EMPTY_PAGE);
        assertThat(blocks.body()).isEqualTo(EMPTY_PAGE);
        assertThat(followers.body()).isEqualTo(read(Viewer.BLOCKED_PARTY, "/api/v1/users/" + service.newUser() + "/followers").body());
        assertThat(List.of(history, blocks, followers)).noneMatch(reply -> reply.body().contains(reason));
        // while the blocker reads both
        HttpReply own = read(Viewer.OWNER, "/api/v1/me/history?kind=blocks");
        assertThat(field(own, "blocked_id")).containsExactly(blockedParty.toString());
        assertThat(field(own, "reason")).containsExactly(reason);
    }

    @ParameterizedTest(name = "{0} of the blocker")
    @ValueSource(strings = {"followers", "following", "connections"})
    void the_blockers_lists_are_an_ordinary_empty_page_for_the_blocked_party_and_whole_for_every_other_viewer(String list) {
        String path = "/api/v1/users/" + owner + "/" + list;
        String emptyList = read(Viewer.BLOCKED_PARTY, "/api/v1/users/" + service.newUser() + "/" + list).body();

        for (Viewer viewer : EnumSet.complementOf(EnumSet.of(Viewer.BLOCKED_PARTY))) {
            assertThat(userIds(read(viewer, path))).as("%s for %s", list, viewer).containsExactly(otherParty);
        }
        HttpReply hidden = read(Viewer.BLOCKED_PARTY, path);
        assertThat(hidden.status()).isEqualTo(200);
        assertThat(hidden.body()).isEqualTo(emptyList).isEqualTo(EMPTY_PAGE);
        assertThat(hidden.header("Content-Type")).isEqualTo(read(Viewer.STRANGER, path).header("Content-Type"));
    }

    @Test
    void the_blockers_stats_are_the_zero_counts_of_a_user_with_no_relationships_for_the_blocked_party() {
        String path = "/api/v1/users/" + owner + "/stats";
        UserId nobody = service.newUser();
        String zeros = read(Viewer.BLOCKED_PARTY, "/api/v1/users/" + nobody + "/stats").body().replace(nobody.toString(), owner.toString());

        for (Viewer viewer : EnumSet.complementOf(EnumSet.of(Viewer.BLOCKED_PARTY))) {
            JsonNode stats = read(viewer, path).json();
            assertThat(List.of(stats.path("followers").asLong(), stats.path("following").asLong(), stats.path("connections").asLong()))
                    .as("stats for %s", viewer).containsExactly(1L, 1L, 1L);
        }
        assertThat(read(Viewer.BLOCKED_PARTY, path).body()).isEqualTo(zeros);
    }

    @ParameterizedTest(name = "{0} of the blocked party")
    @ValueSource(strings = {"followers", "following", "connections", "stats"})
    void the_blocked_partys_lists_stay_visible_to_everyone_the_blocker_included(String list) {
        for (Viewer viewer : Viewer.values()) {
            HttpReply reply = read(viewer, "/api/v1/users/" + blockedParty + "/" + list);

            assertThat(reply.status()).as("%s for %s", list, viewer).isEqualTo(200);
            if (list.equals("following")) {
                assertThat(userIds(reply)).as("%s for %s", list, viewer).containsExactly(stranger);
            } else if (list.equals("stats")) {
                assertThat(reply.json().path("following").asLong()).as("%s for %s", list, viewer).isEqualTo(1);
            } else {
                assertThat(userIds(reply)).as("%s for %s", list, viewer).isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewer.class)
    void an_unknown_user_is_user_not_found_for_every_viewer_on_every_list(Viewer viewer) {
        UserId unknown = ServiceUnderTest.unknownUser();

        for (String list : List.of("followers", "following", "connections", "stats")) {
            assertProblem(read(viewer, "/api/v1/users/" + unknown + "/" + list), ProblemType.USER_NOT_FOUND);
        }
    }

    @Test
    void connection_requests_are_each_viewers_own_and_the_block_removed_the_blocked_partys() {
        assertThat(userIds(read(Viewer.OWNER, "/api/v1/me/connection-requests?direction=incoming"))).containsExactly(stranger);
        assertThat(userIds(read(Viewer.STRANGER, "/api/v1/me/connection-requests?direction=outgoing"))).containsExactly(owner);
        for (Viewer viewer : EnumSet.of(Viewer.OTHER_PARTY, Viewer.BLOCKED_PARTY, Viewer.ADMIN)) {
            assertThat(read(viewer, "/api/v1/me/connection-requests?direction=incoming").body()).as("incoming for %s", viewer).isEqualTo(EMPTY_PAGE);
            assertThat(read(viewer, "/api/v1/me/connection-requests?direction=outgoing").body()).as("outgoing for %s", viewer).isEqualTo(EMPTY_PAGE);
        }
        assertThat(read(Viewer.OWNER, "/api/v1/me/connection-requests?direction=outgoing").body()).isEqualTo(EMPTY_PAGE);
        assertThat(read(Viewer.STRANGER, "/api/v1/me/connection-requests?direction=incoming").body()).isEqualTo(EMPTY_PAGE);
    }

    @Test
    void the_block_list_with_its_reason_is_the_blockers_alone() {
        HttpReply own = read(Viewer.OWNER, "/api/v1/me/blocks");
        assertThat(userIds(own)).containsExactly(blockedParty);
        assertThat(field(own, "reason")).containsExactly(reason);

        for (Viewer viewer : EnumSet.complementOf(EnumSet.of(Viewer.OWNER))) {
            assertThat(read(viewer, "/api/v1/me/blocks").body()).as("block list of %s", viewer).isEqualTo(EMPTY_PAGE);
        }
    }

    @Test
    void the_blocks_history_holds_only_the_viewers_own_blocks() {
        HttpReply own = read(Viewer.OWNER, "/api/v1/me/history?kind=blocks");
        assertThat(field(own, "action")).containsExactly("block");
        assertThat(field(own, "blocker_id")).containsExactly(owner.toString());

        for (Viewer viewer : EnumSet.complementOf(EnumSet.of(Viewer.OWNER))) {
            assertThat(read(viewer, "/api/v1/me/history?kind=blocks").body()).as("blocks history of %s", viewer).isEqualTo(EMPTY_PAGE);
        }
    }

    @Test
    void the_blocked_partys_follows_and_connections_history_keeps_the_rows_about_its_own_relationships_without_the_reason() {
        // Decided (DESIGN §7): the blocker's cascade rows say a follow or connection of the viewer ended, not why.
        HttpReply follows = read(Viewer.BLOCKED_PARTY, "/api/v1/me/history?kind=follows");
        HttpReply connections = read(Viewer.BLOCKED_PARTY, "/api/v1/me/history?kind=connections");

        assertThat(field(follows, "action")).containsExactly("unfollow", "unfollow", "follow", "follow", "follow");
        assertThat(field(follows, "actor_id").subList(0, 2)).containsOnly(owner.toString());
        assertThat(field(connections, "action")).containsExactly("removed", "requested");
        assertThat(field(connections, "actor_id")).containsExactly(owner.toString(), blockedParty.toString());
        assertThat(follows.json().path("items").findValues("reason")).isEmpty();
        assertThat(connections.json().path("items").findValues("reason")).isEmpty();
    }

    @Test
    void the_batch_lookup_tells_the_blocked_party_blocked_by_on_purpose_and_nobody_else_anything_of_the_block() {
        JsonNode blockedSees = read(Viewer.BLOCKED_PARTY, "/api/v1/me/relationships?ids=" + owner).json().path("items").get(0);
        JsonNode ownerSees = read(Viewer.OWNER, "/api/v1/me/relationships?ids=" + blockedParty).json().path("items").get(0);

        assertThat(blockedSees.path("blocked_by").asBoolean()).isTrue();
        assertThat(blockedSees.path("blocking").asBoolean()).isFalse();
        assertThat(ownerSees.path("blocking").asBoolean()).isTrue();
        for (Viewer viewer : EnumSet.of(Viewer.OTHER_PARTY, Viewer.STRANGER, Viewer.ADMIN)) {
            JsonNode items = read(viewer, "/api/v1/me/relationships?ids=" + owner + "," + blockedParty).json().path("items");
            assertThat(items.findValues("blocking")).as("blocking for %s", viewer).allMatch(value -> !value.asBoolean());
            assertThat(items.findValues("blocked_by")).as("blocked_by for %s", viewer).allMatch(value -> !value.asBoolean());
        }
    }

    @Test
    void following_the_blocker_is_refused_blocked_on_purpose() {
        assertProblem(service.as(blockedParty).put("/api/v1/me/following/" + owner), ProblemType.BLOCKED);
    }

    @Test
    void an_administrator_reads_any_users_block_list_and_whole_history_with_the_reason_and_nobody_else_can() {
        HttpReply blocks = read(Viewer.ADMIN, "/api/v1/admin/users/" + owner + "/blocks");
        HttpReply blockedHistory = read(Viewer.ADMIN, "/api/v1/admin/users/" + blockedParty + "/history?kind=blocks");

        assertThat(userIds(blocks)).containsExactly(blockedParty);
        assertThat(field(blocks, "reason")).containsExactly(reason);
        assertThat(field(blockedHistory, "blocker_id")).containsExactly(owner.toString());
        assertThat(field(blockedHistory, "reason")).containsExactly(reason);
        for (Viewer viewer : EnumSet.complementOf(EnumSet.of(Viewer.ADMIN))) {
            assertProblem(read(viewer, "/api/v1/admin/users/" + owner + "/blocks"), ProblemType.FORBIDDEN);
            assertProblem(read(viewer, "/api/v1/admin/users/" + blockedParty + "/history?kind=blocks"), ProblemType.FORBIDDEN);
        }
        assertProblem(read(Viewer.ADMIN, "/api/v1/admin/users/" + ServiceUnderTest.unknownUser() + "/history?kind=blocks"),
                ProblemType.USER_NOT_FOUND);
    }

    @Test
    void the_reason_reaches_no_viewer_but_the_blocker_and_the_administrator_on_any_read_route() {
        // when every viewer reads every read route
        for (Viewer viewer : Viewer.values()) {
            for (String path : readRoutes()) {
                read(viewer, path);
            }
        }

        // then
        Set<Viewer> mayReadIt = EnumSet.of(Viewer.OWNER, Viewer.ADMIN);
        assertThat(seen).filteredOn(answer -> answer.reply().body().contains(reason))
                .isNotEmpty()
                .allSatisfy(answer -> assertThat(answer.viewer()).as("%s read the reason on %s", answer.viewer(), answer.path()).isIn(mayReadIt));
        assertThat(seen).allSatisfy(answer -> assertThat(answer.reply().status()).as("%s on %s", answer.viewer(), answer.path()).isLessThan(500));
    }

    private List<String> readRoutes() {
        List<String> paths = new ArrayList<>();
        for (UserId user : List.of(owner, otherParty, blockedParty, stranger)) {
            for (String list : List.of("followers", "following", "connections", "stats")) {
                paths.add("/api/v1/users/" + user + "/" + list);
            }
            paths.add("/api/v1/admin/users/" + user + "/blocks");
            for (String kind : List.of("follows", "connections", "blocks")) {
                paths.add("/api/v1/admin/users/" + user + "/history?kind=" + kind);
            }
        }
        paths.addAll(List.of("/api/v1/me/connection-requests?direction=incoming", "/api/v1/me/connection-requests?direction=outgoing",
                "/api/v1/me/blocks", "/api/v1/me/history?kind=follows", "/api/v1/me/history?kind=connections",
                "/api/v1/me/history?kind=blocks"));
        return paths;
    }

    private HttpReply read(Viewer viewer, String path) {
        HttpReply reply = client(viewer).get(path);
        seen.add(new Seen(viewer, path, reply));
        return reply;
    }

    private ApiClient client(Viewer viewer) {
        return switch (viewer) {
            case OWNER -> service.as(owner);
            case OTHER_PARTY -> service.as(otherParty);
            case BLOCKED_PARTY -> service.as(blockedParty);
            case STRANGER -> service.as(stranger);
            case ADMIN -> service.asAdmin();
        };
    }

    private static void succeed(HttpReply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    }
}
