package io.relations.testkit.service;

import static io.relations.testkit.testing.Outcomes.successOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.application.model.ListedUser;
import io.relations.application.model.Denial;
import io.relations.application.model.Outcome;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.application.model.RelationshipLookup;
import io.relations.application.model.RequestDirection;
import io.relations.application.model.UserStats;
import io.relations.testkit.memory.InMemoryUsers;
import io.relations.testkit.testing.InMemoryApplication;
import io.relations.domain.decision.Refusal;
import io.relations.domain.decision.Reader;
import io.relations.domain.event.HistoryKind;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.ConnectionStatus;
import io.relations.domain.model.Relationship;
import io.relations.domain.model.UserId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RelationshipQueryServiceTest {

    private static final UserId ALICE = UserId.parse("01900000-0000-7000-8000-000000000001");
    private static final UserId BOB = UserId.parse("01900000-0000-7000-8000-000000000002");
    private static final UserId CAROL = UserId.parse("01900000-0000-7000-8000-000000000003");
    private static final UserId STRANGER = UserId.of(UUID.fromString("01900000-0000-7000-8000-0000000000ff"));

    private InMemoryApplication app;

    @BeforeEach
    void given_three_known_users() {
        app = new InMemoryApplication();
        List.of(ALICE, BOB, CAROL).forEach(app.users::register);
    }

    @Test
    void followers_are_listed_newest_first() {
        app.commands.follow(BOB, ALICE);
        app.commands.follow(CAROL, ALICE);

        assertThat(users(app.queries.listFollowers(BOB, ALICE, PageRequest.first(20)))).containsExactly(CAROL, BOB);
        assertThat(users(app.queries.listFollowing(ALICE, BOB, PageRequest.first(20)))).containsExactly(ALICE);
    }

    @Test
    void every_query_by_a_deleted_viewer_is_refused_as_a_deleted_user() {
        // given bob follows alice, then bob is deleted (an in-memory deletion does not cascade)
        app.commands.follow(BOB, ALICE);
        app.users.delete(BOB);

        // then nothing is shown to bob, his own lists included
        Outcome<?> refused = Outcome.denied(Denial.USER_DELETED);
        assertThat(app.queries.listFollowers(BOB, ALICE, PageRequest.first(20))).isEqualTo(refused);
        assertThat(app.queries.listFollowing(BOB, BOB, PageRequest.first(20))).isEqualTo(refused);
        assertThat(app.queries.listConnections(BOB, CAROL, PageRequest.first(20))).isEqualTo(refused);
        assertThat(app.queries.userStats(BOB, ALICE)).isEqualTo(refused);
        assertThat(app.queries.listBlocks(BOB, Reader.OWNER, PageRequest.first(20))).isEqualTo(refused);
        assertThat(app.queries.listConnectionRequests(BOB, RequestDirection.INCOMING, PageRequest.first(20))).isEqualTo(refused);
        assertThat(app.queries.history(BOB, Reader.OWNER, HistoryKind.FOLLOWS, PageRequest.first(20))).isEqualTo(refused);
        assertThat(app.queries.lookUpRelationships(BOB, new RelationshipLookup(List.of(ALICE)))).isEqualTo(refused);
        // and a deleted owner is still only an unknown user to everyone else
        assertThat(app.queries.userStats(ALICE, BOB)).isEqualTo(Outcome.denied(Denial.USER_NOT_FOUND));
    }

    @Test
    void a_users_lists_and_stats_read_as_empty_for_someone_they_block() {
        app.commands.follow(CAROL, ALICE);
        app.commands.follow(ALICE, CAROL);
        app.commands.requestConnection(CAROL, ALICE);
        app.commands.acceptConnectionRequest(ALICE, CAROL);
        app.commands.block(ALICE, BOB, BlockReason.NONE);

        assertThat(app.queries.listFollowers(BOB, ALICE, PageRequest.first(20))).isEqualTo(Outcome.success(Page.last(List.of())));
        assertThat(app.queries.listFollowing(BOB, ALICE, PageRequest.first(20))).isEqualTo(Outcome.success(Page.last(List.of())));
        assertThat(app.queries.listConnections(BOB, ALICE, PageRequest.first(20))).isEqualTo(Outcome.success(Page.last(List.of())));
        assertThat(app.queries.userStats(BOB, ALICE)).isEqualTo(Outcome.success(UserStats.NONE));
        assertThat(app.queries.userStats(CAROL, ALICE)).isEqualTo(Outcome.success(new UserStats(1, 1, 1)));
        assertThat(app.queries.userStats(ALICE, BOB)).isEqualTo(Outcome.success(new UserStats(0, 0, 0)));
    }

    @Test
    void lists_of_an_unknown_user_are_refused() {
        assertThat(app.queries.listFollowers(ALICE, STRANGER, PageRequest.first(20))).isEqualTo(Outcome.denied(Denial.USER_NOT_FOUND));
    }

    @Test
    void every_query_is_refused_while_the_module_is_switched_off() {
        app.moduleSwitch.switchConnections(false, InMemoryUsers.ADMINISTRATOR);

        assertThat(app.queries.listFollowing(ALICE, ALICE, PageRequest.first(20))).isEqualTo(Outcome.denied(Denial.MODULE_DISABLED));
        assertThat(app.queries.listBlocks(ALICE, Reader.OWNER, PageRequest.first(20))).isEqualTo(Outcome.denied(Denial.MODULE_DISABLED));
        assertThat(app.queries.history(ALICE, Reader.OWNER, HistoryKind.FOLLOWS, PageRequest.first(20))).isEqualTo(Outcome.denied(Denial.MODULE_DISABLED));
        assertThat(app.queries.lookUpRelationships(ALICE, new RelationshipLookup(List.of(BOB)))).isEqualTo(Outcome.denied(Denial.MODULE_DISABLED));
    }

    @Test
    void pending_requests_are_listed_by_direction() {
        app.commands.requestConnection(BOB, ALICE);
        app.commands.requestConnection(ALICE, CAROL);

        assertThat(users(app.queries.listConnectionRequests(ALICE, RequestDirection.INCOMING, PageRequest.first(20)))).containsExactly(BOB);
        assertThat(users(app.queries.listConnectionRequests(ALICE, RequestDirection.OUTGOING, PageRequest.first(20)))).containsExactly(CAROL);
    }

    @Test
    void relationships_are_answered_in_the_asked_order() {
        app.commands.follow(ALICE, BOB);
        app.commands.block(CAROL, ALICE, BlockReason.NONE);

        Outcome<List<Relationship>> outcome = app.queries.lookUpRelationships(ALICE, new RelationshipLookup(List.of(CAROL, BOB)));

        assertThat(outcome).isEqualTo(Outcome.success(List.of(
                new Relationship(ALICE, CAROL, false, false, ConnectionStatus.NONE, false, true),
                new Relationship(ALICE, BOB, true, false, ConnectionStatus.NONE, false, false))));
    }

    @Test
    void a_lookup_naming_oneself_or_an_unknown_user_is_refused() {
        assertThat(app.queries.lookUpRelationships(ALICE, new RelationshipLookup(List.of(BOB, ALICE))))
                .isEqualTo(Outcome.refused(Refusal.SELF_RELATIONSHIP));
        assertThat(app.queries.lookUpRelationships(ALICE, new RelationshipLookup(List.of(BOB, STRANGER))))
                .isEqualTo(Outcome.denied(Denial.USER_NOT_FOUND));
    }

    @Test
    void a_lookup_takes_one_to_one_hundred_distinct_ids() {
        List<UserId> hundredAndOne = IntStream.rangeClosed(1, 101).mapToObj(i -> UserId.of(new UUID(7, i))).toList();

        assertThatThrownBy(() -> new RelationshipLookup(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RelationshipLookup(hundredAndOne)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new RelationshipLookup(List.of(BOB, BOB)).others()).containsExactly(BOB);
    }

    @Test
    void pages_follow_each_other_without_gaps_or_duplicates() {
        List<UserId> followers = IntStream.rangeClosed(10, 34).mapToObj(i -> UserId.of(new UUID(7, i))).toList();
        followers.forEach(follower -> {
            app.users.register(follower);
            app.commands.follow(follower, ALICE);
        });

        List<UserId> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(10);
        while (true) {
            Page<ListedUser> page = successOf(app.queries.listFollowers(ALICE, ALICE, request));
            page.items().forEach(item -> seen.add(item.user()));
            if (page.next().isEmpty()) {
                break;
            }
            request = PageRequest.after(page.next().get(), 10);
        }

        List<UserId> newestFirst = new ArrayList<>(followers);
        Collections.reverse(newestFirst);
        assertThat(seen).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void history_is_the_owners_own_trail_of_one_kind() {
        app.commands.follow(ALICE, BOB);
        app.commands.follow(BOB, CAROL);
        app.commands.block(ALICE, BOB, BlockReason.NONE);

        assertThat(successOf(app.queries.history(ALICE, Reader.OWNER, HistoryKind.FOLLOWS, PageRequest.first(20))).items())
                .extracting(recorded -> recorded.event().action().code())
                .containsExactly("unfollow", "follow");
    }

    @Test
    void the_blocked_users_history_never_holds_the_blockers_block_or_its_reason() {
        app.commands.follow(BOB, ALICE);
        app.commands.block(ALICE, BOB, new BlockReason("private"));
        app.commands.unblock(ALICE, BOB);
        app.commands.block(BOB, CAROL, new BlockReason("own"));

        assertThat(successOf(app.queries.history(BOB, Reader.OWNER, HistoryKind.BLOCKS, PageRequest.first(20))).items())
                .extracting(recorded -> recorded.event().actor())
                .containsExactly(BOB);
        assertThat(successOf(app.queries.history(ALICE, Reader.OWNER, HistoryKind.BLOCKS, PageRequest.first(20))).items())
                .extracting(recorded -> recorded.event().action().code())
                .containsExactly("unblock", "block");
        assertThat(successOf(app.queries.history(BOB, Reader.OWNER, HistoryKind.FOLLOWS, PageRequest.first(20))).items())
                .extracting(recorded -> recorded.event().action().code())
                .containsExactly("unfollow", "follow");
    }

    @Test
    void an_administrator_reads_any_users_block_list_and_whole_history_even_with_the_module_off() {
        app.commands.block(ALICE, BOB, new BlockReason("private"));
        app.moduleSwitch.switchConnections(false, InMemoryUsers.ADMINISTRATOR);

        assertThat(successOf(app.queries.history(BOB, Reader.ADMINISTRATOR, HistoryKind.BLOCKS, PageRequest.first(20))).items())
                .extracting(recorded -> recorded.event().actor())
                .containsExactly(ALICE);
        assertThat(successOf(app.queries.listBlocks(ALICE, Reader.ADMINISTRATOR, PageRequest.first(20))).items()).hasSize(1);
        assertThat(app.queries.history(STRANGER, Reader.ADMINISTRATOR, HistoryKind.BLOCKS, PageRequest.first(20)))
                .isEqualTo(Outcome.denied(Denial.USER_NOT_FOUND));
        assertThat(app.queries.listBlocks(STRANGER, Reader.ADMINISTRATOR, PageRequest.first(20)))
                .isEqualTo(Outcome.denied(Denial.USER_NOT_FOUND));
    }

    private static List<UserId> users(Outcome<Page<ListedUser>> outcome) {
        return successOf(outcome).items().stream().map(ListedUser::user).toList();
    }
}
