package io.relations.testkit.contract;

import static io.relations.testkit.contract.PortsInUse.everyPage;
import static io.relations.testkit.contract.PortsInUse.unknownUser;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.application.model.BlockedUser;
import io.relations.application.model.ListedUser;
import io.relations.application.model.LookupRead;
import io.relations.application.model.PageRequest;
import io.relations.application.model.ReadFacts;
import io.relations.application.model.RecordedEvent;
import io.relations.application.model.RequestDirection;
import io.relations.application.model.UserStats;
import io.relations.domain.decision.HistoryScope;
import io.relations.domain.decision.ListAudience;
import io.relations.domain.event.ConnectionAccepted;
import io.relations.domain.event.ConnectionRemoved;
import io.relations.domain.event.ConnectionRequested;
import io.relations.domain.event.HistoryKind;
import io.relations.domain.event.Replay;
import io.relations.domain.event.UserBlocked;
import io.relations.domain.event.UserFollowed;
import io.relations.domain.event.UserUnblocked;
import io.relations.domain.event.UserUnfollowed;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What a recorded event makes visible to the read ports. */
abstract class ReadCases extends PortCases {

    ReadCases(Supplier<PortsInUse> ports) {
        super(ports);
    }

    @Test
    void follows_reach_the_lists_newest_first_the_counts_and_the_lookup() {
        UserId alice = given.newUser();
        UserId bob = given.newUser();
        UserId carol = given.newUser();

        RecordedEvent first = given.record(alice, bob, new UserFollowed(alice, bob)).get(0);
        RecordedEvent second = given.record(carol, bob, new UserFollowed(carol, bob)).get(0);

        assertThat(given.followers(bob)).containsExactly(
                new ListedUser(carol, second.occurredAt()), new ListedUser(alice, first.occurredAt()));
        assertThat(given.following(alice)).containsExactly(new ListedUser(bob, first.occurredAt()));
        assertThat(given.ports.statistics().statsOf(alice, bob).result()).isEqualTo(new UserStats(2, 0, 0));
        assertThat(given.ports.statistics().statsOf(bob, alice).result()).isEqualTo(new UserStats(0, 1, 0));
        LookupRead lookup = given.ports.lookups().lookUp(alice, Set.of(bob, carol));
        assertThat(lookup.known()).containsExactlyInAnyOrder(alice, bob, carol);
        assertThat(lookup.pairs().getOrDefault(bob, PairState.empty(UserPair.of(alice, bob))))
                .isEqualTo(given.state(alice, bob));
        assertThat(lookup.pairs().getOrDefault(carol, PairState.empty(UserPair.of(alice, carol))))
                .isEqualTo(PairState.empty(UserPair.of(alice, carol)));
    }

    @Test
    void a_listed_follow_is_dated_by_that_follow_not_by_the_follow_back() {
        UserId alice = given.newUser();
        UserId bob = given.newUser();

        RecordedEvent follow = given.record(alice, bob, new UserFollowed(alice, bob)).get(0);
        RecordedEvent followBack = given.record(bob, alice, new UserFollowed(bob, alice)).get(0);

        assertThat(given.following(alice)).containsExactly(new ListedUser(bob, follow.occurredAt()));
        assertThat(given.followers(alice)).containsExactly(new ListedUser(bob, followBack.occurredAt()));
    }

    @Test
    void a_request_is_listed_on_both_sides_until_accepted_then_the_connection_is_dated_by_the_accept() {
        UserId alice = given.newUser();
        UserId bob = given.newUser();

        RecordedEvent request = given.record(alice, bob, new ConnectionRequested(alice, bob)).get(0);

        assertThat(everyPage(page -> given.ports.connectionLists().pendingRequests(alice, RequestDirection.OUTGOING, page), 10))
                .containsExactly(new ListedUser(bob, request.occurredAt()));
        assertThat(everyPage(page -> given.ports.connectionLists().pendingRequests(bob, RequestDirection.INCOMING, page), 10))
                .containsExactly(new ListedUser(alice, request.occurredAt()));
        assertThat(everyPage(page -> given.ports.connectionLists().pendingRequests(alice, RequestDirection.INCOMING, page), 10))
                .isEmpty();
        assertThat(given.connections(alice)).isEmpty();

        RecordedEvent accept = given.record(bob, alice, new ConnectionAccepted(alice, bob)).get(0);

        assertThat(everyPage(page -> given.ports.connectionLists().pendingRequests(bob, RequestDirection.INCOMING, page), 10))
                .isEmpty();
        assertThat(given.connections(alice)).containsExactly(new ListedUser(bob, accept.occurredAt()));
        assertThat(given.connections(bob)).containsExactly(new ListedUser(alice, accept.occurredAt()));
        assertThat(given.ports.statistics().statsOf(alice, bob).result()).isEqualTo(new UserStats(0, 0, 1));
    }

    @Test
    void a_block_s_cascade_empties_both_users_lists_and_counts() {
        UserId alice = given.newUser();
        UserId bob = given.newUser();
        given.record(alice, bob, new UserFollowed(alice, bob));
        given.record(bob, alice, new UserFollowed(bob, alice));
        given.record(alice, bob, new ConnectionRequested(alice, bob));
        given.record(bob, alice, new ConnectionAccepted(alice, bob));

        given.record(alice, bob, new UserUnfollowed(alice, bob, alice), new UserUnfollowed(bob, alice, alice),
                new ConnectionRemoved(UserPair.of(alice, bob), alice), new UserBlocked(alice, bob, new BlockReason("spam")));

        for (UserId user : List.of(alice, bob)) {
            assertThat(given.followers(user)).isEmpty();
            assertThat(given.following(user)).isEmpty();
            assertThat(given.connections(user)).isEmpty();
            assertThat(given.ports.statistics().statsOf(user, user).result()).isEqualTo(UserStats.NONE);
        }
        assertThat(given.state(bob, alice).blocks(alice, bob)).isTrue();
    }

    @Test
    void each_blocked_user_is_listed_with_the_blocker_s_own_reason_even_when_blocked_back() {
        UserId alice = given.newUser();
        UserId bob = given.newUser();
        UserId carol = given.newUser();

        RecordedEvent blockOfBob = given.record(alice, bob, new UserBlocked(alice, bob, new BlockReason("spam"))).get(0);
        RecordedEvent blockOfCarol = given.record(alice, carol, new UserBlocked(alice, carol, BlockReason.NONE)).get(0);
        given.record(bob, alice, new UserBlocked(bob, alice, new BlockReason("rude")));

        assertThat(everyPage(page -> given.ports.blockLists().blockedBy(alice, page), 10)).containsExactly(
                new BlockedUser(carol, BlockReason.NONE, blockOfCarol.occurredAt()),
                new BlockedUser(bob, new BlockReason("spam"), blockOfBob.occurredAt()));

        given.record(alice, bob, new UserUnblocked(alice, bob));
        assertThat(everyPage(page -> given.ports.blockLists().blockedBy(alice, page), 10))
                .extracting(BlockedUser::user).containsExactly(carol);
    }

    @Test
    void history_is_each_kind_newest_first_with_the_ids_times_and_events_recorded() {
        UserId alice = given.newUser();
        UserId bob = given.newUser();
        List<RecordedEvent> follows = new ArrayList<>();
        follows.addAll(given.record(alice, bob, new UserFollowed(alice, bob)));
        follows.addAll(given.record(alice, bob, new UserUnfollowed(alice, bob, alice)));
        follows.addAll(given.record(bob, alice, new UserFollowed(bob, alice)));
        RecordedEvent request = given.record(alice, bob, new ConnectionRequested(alice, bob)).get(0);
        List<RecordedEvent> block = given.record(bob, alice, new UserUnfollowed(bob, alice, bob),
                new ConnectionRemoved(UserPair.of(alice, bob), bob), new UserBlocked(bob, alice, new BlockReason("spam")));
        follows.add(block.get(0));
        List<RecordedEvent> connections = List.of(request, block.get(1));
        List<RecordedEvent> blocks = List.of(block.get(2));

        assertThat(given.history(alice, HistoryKind.FOLLOWS)).containsExactlyElementsOf(PortsInUse.reversed(follows));
        assertThat(given.history(bob, HistoryKind.CONNECTIONS)).containsExactlyElementsOf(PortsInUse.reversed(connections));
        assertThat(given.history(alice, HistoryKind.BLOCKS)).containsExactlyElementsOf(blocks);
        assertThat(Replay.of(UserPair.of(alice, bob), given.pairHistory(alice, UserPair.of(alice, bob))))
                .isEqualTo(given.state(alice, bob));
    }

    @Test
    void a_user_s_own_scope_leaves_out_the_blocks_of_others_and_every_row_keeps_them() {
        UserId alice = given.newUser();
        UserId bob = given.newUser();
        RecordedEvent bobsBlock = given.record(bob, alice, new UserBlocked(bob, alice, new BlockReason("rude"))).get(0);
        RecordedEvent alicesBlock = given.record(alice, bob, new UserBlocked(alice, bob, BlockReason.NONE)).get(0);

        assertThat(everyPage(page -> given.ports.history().historyOf(alice, HistoryKind.BLOCKS, HistoryScope.WITHOUT_BLOCKS_BY_OTHERS, page), 10))
                .containsExactly(alicesBlock);
        assertThat(everyPage(page -> given.ports.history().historyOf(alice, HistoryKind.BLOCKS, HistoryScope.EVERY_ROW, page), 10))
                .containsExactly(alicesBlock, bobsBlock);
    }

    @Test
    void the_read_facts_say_who_is_registered_and_which_blocks_stand_between_viewer_and_owner() {
        UserId alice = given.newUser();
        UserId bob = given.newUser();
        UserId stranger = unknownUser();
        given.record(bob, alice, new UserBlocked(bob, alice, BlockReason.NONE));
        ReadFacts aliceReadsBob = new ReadFacts(true, true, true, new ListAudience(true, false));
        ReadFacts bobReadsAlice = new ReadFacts(true, true, true, new ListAudience(false, true));

        assertThat(given.ports.followLists().followers(alice, bob, PageRequest.first(10)).facts()).isEqualTo(aliceReadsBob);
        assertThat(given.ports.followLists().following(alice, bob, PageRequest.first(10)).facts()).isEqualTo(aliceReadsBob);
        assertThat(given.ports.connectionLists().connections(alice, bob, PageRequest.first(10)).facts()).isEqualTo(aliceReadsBob);
        assertThat(given.ports.statistics().statsOf(alice, bob).facts()).isEqualTo(aliceReadsBob);
        assertThat(given.ports.followLists().followers(bob, alice, PageRequest.first(10)).facts()).isEqualTo(bobReadsAlice);
        assertThat(given.ports.followLists().followers(stranger, bob, PageRequest.first(10)).facts())
                .isEqualTo(new ReadFacts(true, false, true, ListAudience.UNRELATED));
        assertThat(given.ports.statistics().statsOf(bob, stranger).facts())
                .isEqualTo(new ReadFacts(true, true, false, ListAudience.UNRELATED));
        ReadFacts own = new ReadFacts(true, true, true, ListAudience.UNRELATED);
        assertThat(given.ports.blockLists().blockedBy(bob, PageRequest.first(10)).facts()).isEqualTo(own);
        assertThat(given.ports.history().historyOf(alice, HistoryKind.BLOCKS, HistoryScope.EVERY_ROW, PageRequest.first(10)).facts())
                .isEqualTo(own);
        assertThat(given.ports.connectionLists().pendingRequests(alice, RequestDirection.INCOMING, PageRequest.first(10)).facts())
                .isEqualTo(own);
    }
}
