package io.relations.testkit.contract;

import static io.relations.testkit.contract.PortsInUse.ADMINISTRATOR;
import static io.relations.testkit.contract.PortsInUse.everyPage;
import static io.relations.testkit.contract.PortsInUse.unknownUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.application.model.BlockedUser;
import io.relations.application.model.ListedUser;
import io.relations.application.model.LookupRead;
import io.relations.application.model.Outcome;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.application.model.PairFacts;
import io.relations.application.model.ReadFacts;
import io.relations.application.model.RecordedEvent;
import io.relations.application.model.RequestDirection;
import io.relations.application.model.UserStats;
import io.relations.application.port.out.LockedPair;
import io.relations.domain.decision.HistoryScope;
import io.relations.domain.decision.ListAudience;
import io.relations.domain.decision.Refusal;
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
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What the outbound ports promise the application, as tests any implementation must pass: the
 * in-memory ports of this kit and the PostgreSQL adapter both do. Subclass it in your own tests
 * and return your ports from {@link #newPorts()}:
 *
 * <pre>{@code
 * class MyStorageContractTest extends RelationshipPortsContract {
 *     @Override
 *     protected RelationshipPorts newPorts() {
 *         return new RelationshipPorts(...);   // your implementation of each port
 *     }
 * }
 * }</pre>
 *
 * <p>The suite writes through the command path's port ({@link io.relations.application.port.out.PairTransactions})
 * events as the application records them, and reads them back through every other port. Each test
 * makes users of its own and switches the module back on if it switched it off, so the tests of a
 * class may share one storage (one database per test class, say: open it in a static
 * {@code @BeforeAll} method, since the suite's groups are {@code @Nested} classes and a registered
 * extension's before-all callback runs again for each of them). The concurrency cases run two
 * threads on one pair, a bounded number of rounds, each wait bounded in time.
 */
public abstract class RelationshipPortsContract {

    PortsInUse given;

    /** For subclasses only. */
    protected RelationshipPortsContract() {
        // the ports come from newPorts(), before each test
    }

    /**
     * The ports under test, called before each test. They may be new, or over a storage the
     * class's tests share; they must all see the same data.
     *
     * @return every outbound port of one storage
     */
    protected abstract RelationshipPorts newPorts();

    @BeforeEach
    final void openThePorts() {
        given = new PortsInUse(newPorts());
    }

    /** What a command reads under the pair's lock, and what recording its events does. */
    @Nested
    class TheFactsOfACommand {

        @Test
        void a_pair_with_no_history_is_empty_and_the_facts_say_who_is_registered() {
            UserId alice = given.newUser();
            UserId stranger = unknownUser();

            PairFacts facts = given.facts(alice, stranger);

            assertThat(facts).isEqualTo(new PairFacts(true, true, false, PairState.empty(UserPair.of(alice, stranger))));
        }

        @Test
        void the_facts_are_the_replay_of_what_the_transactions_before_recorded_seen_from_either_side() {
            UserId alice = given.newUser();
            UserId bob = given.newUser();
            List<RecordedEvent> recorded = new ArrayList<>();

            recorded.addAll(given.record(alice, bob, new UserFollowed(alice, bob)));
            recorded.addAll(given.record(alice, bob, new ConnectionRequested(alice, bob)));
            recorded.addAll(given.record(bob, alice, new ConnectionAccepted(alice, bob), new UserFollowed(bob, alice)));

            PairState expected = Replay.of(UserPair.of(alice, bob), recorded.stream().map(RecordedEvent::event).toList());
            assertThat(given.facts(bob, alice)).isEqualTo(new PairFacts(true, true, true, expected));
            assertThat(given.state(alice, bob)).isEqualTo(expected);
        }

        @Test
        void the_work_s_answer_is_the_transaction_s_answer() {
            UserId alice = given.newUser();
            UserId bob = given.newUser();

            String answer = given.ports.pairTransactions().withPairLocked(alice, bob, locked -> "decided");

            assertThat(answer).isEqualTo("decided");
        }

        @Test
        void record_refuses_a_second_call_in_one_transaction_and_the_transaction_leaves_nothing() {
            UserId alice = given.newUser();
            UserId bob = given.newUser();

            assertThatThrownBy(() -> given.ports.pairTransactions().withPairLocked(alice, bob, locked -> {
                locked.record(List.of(given.recorded(new UserFollowed(alice, bob))));
                locked.record(List.of(given.recorded(new UserFollowed(bob, alice))));
                return null;
            })).isInstanceOf(IllegalStateException.class);

            assertThat(given.state(alice, bob)).isEqualTo(PairState.empty(UserPair.of(alice, bob)));
            assertThat(given.history(alice, HistoryKind.FOLLOWS)).isEmpty();
        }

        @Test
        void record_refuses_a_call_after_the_transaction_ended() {
            UserId alice = given.newUser();
            UserId bob = given.newUser();
            LockedPair leaked = given.ports.pairTransactions().withPairLocked(alice, bob, locked -> locked);

            assertThatThrownBy(() -> leaked.record(List.of(given.recorded(new UserFollowed(alice, bob)))))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(given.state(alice, bob)).isEqualTo(PairState.empty(UserPair.of(alice, bob)));
        }

        @Test
        void work_that_throws_reaches_the_caller_and_leaves_nothing_of_what_it_recorded() {
            UserId alice = given.newUser();
            UserId bob = given.newUser();
            IllegalArgumentException failure = new IllegalArgumentException("the work failed");

            assertThatThrownBy(() -> given.ports.pairTransactions().withPairLocked(alice, bob, locked -> {
                locked.record(List.of(given.recorded(new UserFollowed(alice, bob))));
                throw failure;
            })).isSameAs(failure);

            assertThat(given.state(alice, bob)).isEqualTo(PairState.empty(UserPair.of(alice, bob)));
            assertThat(given.following(alice)).isEmpty();
            assertThat(given.ports.statistics().statsOf(bob, bob).result()).isEqualTo(UserStats.NONE);
            assertThat(given.history(alice, HistoryKind.FOLLOWS)).isEmpty();
        }
    }

    /** {@code connections_enabled}, as every statement of the command path and the reads sees it. */
    @Nested
    class TheModuleSwitch {

        @Test
        void switching_the_module_off_and_on_reaches_the_facts_of_commands_lists_and_lookups() {
            UserId alice = given.newUser();
            UserId bob = given.newUser();
            try {
                given.ports.moduleSwitch().switchConnections(false);

                assertThat(given.ports.moduleSwitch().connectionsEnabled()).isFalse();
                assertThat(given.facts(alice, bob).connectionsEnabled()).isFalse();
                assertThat(given.ports.followLists().followers(alice, bob, PageRequest.first(10)).facts().connectionsEnabled()).isFalse();
                assertThat(given.ports.blockLists().blockedBy(alice, PageRequest.first(10)).facts().connectionsEnabled()).isFalse();
                assertThat(given.ports.statistics().statsOf(alice, bob).facts().connectionsEnabled()).isFalse();
                assertThat(given.ports.lookups().lookUp(alice, Set.of(bob)).connectionsEnabled()).isFalse();
            } finally {
                given.ports.moduleSwitch().switchConnections(true);
            }

            assertThat(given.ports.moduleSwitch().connectionsEnabled()).isTrue();
            assertThat(given.facts(alice, bob).connectionsEnabled()).isTrue();
            assertThat(given.ports.followLists().followers(alice, bob, PageRequest.first(10)).facts().connectionsEnabled()).isTrue();
            assertThat(given.ports.lookups().lookUp(alice, Set.of()).connectionsEnabled()).isTrue();
        }
    }

    /** Registration, deletion and its tombstone. */
    @Nested
    class TheUserDirectory {

        @Test
        void registering_tells_whether_the_user_is_new_whoever_registers() {
            UserId alice = unknownUser();
            UserId bob = unknownUser();

            assertThat(given.ports.users().registerUnlessDeleted(alice)).isEqualTo(Outcome.success(true));
            assertThat(given.ports.users().registerUnlessDeleted(alice)).isEqualTo(Outcome.success(false));
            assertThat(given.ports.users().register(alice, ADMINISTRATOR)).isFalse();
            assertThat(given.ports.users().register(bob, ADMINISTRATOR)).isTrue();
            assertThat(given.facts(alice, bob)).extracting(PairFacts::actorKnown, PairFacts::targetKnown).containsExactly(true, true);
        }

        @Test
        void a_deleted_user_is_not_registered_on_first_use_until_an_administrator_registers_them() {
            UserId alice = given.newUser();
            UserId bob = given.newUser();

            assertThat(given.ports.users().delete(alice, ADMINISTRATOR)).isTrue();
            assertThat(given.ports.users().delete(alice, ADMINISTRATOR)).isFalse();
            assertThat(given.ports.users().registerUnlessDeleted(alice)).isEqualTo(Outcome.refused(Refusal.USER_DELETED));
            assertThat(given.facts(bob, alice).targetKnown()).isFalse();

            assertThat(given.ports.users().register(alice, ADMINISTRATOR)).isTrue();
            assertThat(given.ports.users().registerUnlessDeleted(alice)).isEqualTo(Outcome.success(false));
            assertThat(given.facts(bob, alice).targetKnown()).isTrue();
        }

        @Test
        void deleting_a_user_erases_their_relationships_history_and_counts_and_leaves_the_others_alone() {
            UserId alice = given.newUser();
            UserId bob = given.newUser();
            UserId carol = given.newUser();
            given.record(alice, bob, new UserFollowed(alice, bob));
            given.record(bob, carol, new UserFollowed(bob, carol));
            given.record(alice, carol, new ConnectionRequested(alice, carol));
            given.record(carol, alice, new ConnectionAccepted(alice, carol));

            given.ports.users().delete(bob, ADMINISTRATOR);

            assertThat(given.following(alice)).isEmpty();
            assertThat(given.followers(carol)).isEmpty();
            assertThat(given.history(alice, HistoryKind.FOLLOWS)).isEmpty();
            assertThat(given.ports.statistics().statsOf(alice, alice).result()).isEqualTo(new UserStats(0, 0, 1));
            assertThat(given.ports.statistics().statsOf(carol, carol).result()).isEqualTo(new UserStats(0, 0, 1));
            assertThat(given.connections(carol)).extracting(ListedUser::user).containsExactly(alice);
            assertThat(given.history(carol, HistoryKind.CONNECTIONS)).hasSize(2);
            assertThat(given.facts(alice, bob)).isEqualTo(new PairFacts(true, true, false, PairState.empty(UserPair.of(alice, bob))));

            given.ports.users().register(bob, ADMINISTRATOR);
            assertThat(given.state(alice, bob)).isEqualTo(PairState.empty(UserPair.of(alice, bob)));
        }
    }

    /** What a recorded event makes visible to the read ports. */
    @Nested
    class WhatTheReadsSee {

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

            assertThat(given.history(alice, HistoryKind.FOLLOWS)).containsExactlyElementsOf(reversed(follows));
            assertThat(given.history(bob, HistoryKind.CONNECTIONS)).containsExactlyElementsOf(reversed(connections));
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

    /** Keyset pages: newest first on (time, id), each page after the cursor the one before gave. */
    @Nested
    class KeysetPages {

        @Test
        void pages_walk_the_list_newest_first_without_duplicates_or_gaps() {
            UserId owner = given.newUser();
            List<ListedUser> newestFirst = reversed(followedBy(owner, 7));

            List<Integer> sizes = new ArrayList<>();
            List<ListedUser> walked = everyPage(page -> {
                var read = given.ports.followLists().followers(owner, owner, page);
                sizes.add(read.result().items().size());
                return read;
            }, 3);

            assertThat(walked).containsExactlyElementsOf(newestFirst);
            assertThat(sizes).containsExactly(3, 3, 1);
        }

        @Test
        void a_page_that_ends_the_list_has_no_next_cursor_even_when_it_is_full() {
            UserId owner = given.newUser();
            followedBy(owner, 3);

            assertThat(given.ports.followLists().followers(owner, owner, PageRequest.first(3)).result().next()).isEmpty();
            Page<ListedUser> shorter = given.ports.followLists().followers(owner, owner, PageRequest.first(2)).result();
            assertThat(shorter.items()).hasSize(2);
            assertThat(shorter.next()).isPresent();
            assertThat(given.ports.followLists().followers(owner, owner, PageRequest.after(shorter.next().get(), 2)).result())
                    .satisfies(last -> {
                        assertThat(last.items()).hasSize(1);
                        assertThat(last.next()).isEmpty();
                    });
        }

        @Test
        void a_follow_recorded_after_the_first_page_is_on_no_later_page_and_nothing_is_skipped() {
            UserId owner = given.newUser();
            List<ListedUser> newestFirst = reversed(followedBy(owner, 5));
            Page<ListedUser> first = given.ports.followLists().followers(owner, owner, PageRequest.first(2)).result();

            followedBy(owner, 1);
            List<ListedUser> rest = everyPage(page -> given.ports.followLists().followers(owner, owner,
                    page.after().isPresent() ? page : PageRequest.after(first.next().orElseThrow(), 2)), 2);

            assertThat(first.items()).containsExactlyElementsOf(newestFirst.subList(0, 2));
            assertThat(rest).containsExactlyElementsOf(newestFirst.subList(2, 5));
        }

        /** {@code count} new users follow the owner, one command each: the entries, oldest first. */
        private List<ListedUser> followedBy(UserId owner, int count) {
            return IntStream.range(0, count).mapToObj(i -> {
                UserId follower = given.newUser();
                return new ListedUser(follower, given.record(follower, owner, new UserFollowed(follower, owner)).get(0).occurredAt());
            }).toList();
        }
    }

    /** The ids of history rows. */
    @Nested
    class NewIds {

        @Test
        void new_ids_increase_in_the_unsigned_order_postgresql_compares_uuids_by() {
            List<UUID> ids = IntStream.range(0, 1_000).mapToObj(i -> given.ports.ids().newId()).toList();

            for (int i = 1; i < ids.size(); i++) {
                UUID before = ids.get(i - 1);
                UUID after = ids.get(i);
                int order = Long.compareUnsigned(before.getMostSignificantBits(), after.getMostSignificantBits());
                if (order == 0) {
                    order = Long.compareUnsigned(before.getLeastSignificantBits(), after.getLeastSignificantBits());
                }
                assertThat(order).as("%s before %s", before, after).isNegative();
            }
        }
    }

    /** Two threads on one pair: their transactions run one after the other, whatever the order they come in. */
    @Nested
    class Concurrency extends ConcurrencyCases {

        Concurrency() {
            super(() -> given);
        }
    }

    private static <T> List<T> reversed(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        Collections.reverse(copy);
        return copy;
    }
}
