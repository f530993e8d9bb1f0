package io.relations.domain.decision;

import static io.relations.domain.testing.Users.ALICE;
import static io.relations.domain.testing.Users.BOB;
import static io.relations.domain.testing.Users.CAROL;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.domain.event.ConnectionRemoved;
import io.relations.domain.event.ConnectionRequested;
import io.relations.domain.event.RelationshipEvent;
import io.relations.domain.event.UserBlocked;
import io.relations.domain.event.UserFollowed;
import io.relations.domain.event.UserUnblocked;
import io.relations.domain.event.UserUnfollowed;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserPair;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per row of the privacy rule (DESIGN §7). */
class PrivacyTest {

    private static final PairState ALICE_BLOCKS_BOB = PairState.between(ALICE, BOB).blocking(ALICE, BOB).build();

    @Test
    void a_users_lists_are_hidden_from_the_users_they_block() {
        assertThat(Privacy.showsListsOf(ALICE, BOB, ALICE_BLOCKS_BOB)).isFalse();
    }

    @Test
    void the_blocker_still_sees_the_lists_of_the_user_they_block() {
        assertThat(Privacy.showsListsOf(BOB, ALICE, ALICE_BLOCKS_BOB)).isTrue();
    }

    @Test
    void an_owner_always_sees_their_own_lists() {
        assertThat(Privacy.showsListsOf(ALICE, ALICE, PairState.empty(UserPair.of(ALICE, BOB)))).isTrue();
    }

    @Test
    void a_viewer_without_a_block_sees_the_lists() {
        PairState followingAndConnected = PairState.between(ALICE, CAROL).following(CAROL, ALICE).connected(ALICE, CAROL).build();

        assertThat(Privacy.showsListsOf(ALICE, CAROL, followingAndConnected)).isTrue();
        assertThat(Privacy.showsListsOf(ALICE, CAROL, PairState.empty(UserPair.of(ALICE, CAROL)))).isTrue();
    }

    @Test
    void a_user_reads_their_own_history_without_the_blocks_others_made() {
        assertThat(Privacy.historyScopeFor(Reader.OWNER)).isEqualTo(HistoryScope.WITHOUT_BLOCKS_BY_OTHERS);
    }

    @Test
    void an_administrator_reads_every_row() {
        assertThat(Privacy.historyScopeFor(Reader.ADMINISTRATOR)).isEqualTo(HistoryScope.EVERY_ROW);
    }

    @Test
    void the_blocked_users_own_history_leaves_out_the_block_its_reason_and_the_unblock() {
        UserBlocked block = new UserBlocked(ALICE, BOB, new BlockReason("private"));
        UserUnblocked unblock = new UserUnblocked(ALICE, BOB);

        assertThat(HistoryScope.WITHOUT_BLOCKS_BY_OTHERS.includes(block, BOB)).isFalse();
        assertThat(HistoryScope.WITHOUT_BLOCKS_BY_OTHERS.includes(unblock, BOB)).isFalse();
    }

    @Test
    void the_blockers_own_history_keeps_their_blocks_and_unblocks() {
        assertThat(HistoryScope.WITHOUT_BLOCKS_BY_OTHERS.includes(new UserBlocked(ALICE, BOB, new BlockReason("private")), ALICE)).isTrue();
        assertThat(HistoryScope.WITHOUT_BLOCKS_BY_OTHERS.includes(new UserUnblocked(ALICE, BOB), ALICE)).isTrue();
    }

    @Test
    void the_blocked_users_own_history_keeps_the_rows_about_their_own_follows_and_connections() {
        // The cascade of a block writes these with the blocker as actor; they say that a follow or a
        // connection of the viewer ended, which the viewer's own lists show anyway, not why.
        List<RelationshipEvent> cascade = List.of(
                new UserUnfollowed(ALICE, BOB, ALICE), new UserUnfollowed(BOB, ALICE, ALICE), new ConnectionRemoved(UserPair.of(ALICE, BOB), ALICE));

        assertThat(cascade).allMatch(event -> HistoryScope.WITHOUT_BLOCKS_BY_OTHERS.includes(event, BOB));
    }

    @Test
    void an_administrator_reads_the_blocks_on_both_sides() {
        UserBlocked block = new UserBlocked(ALICE, BOB, new BlockReason("private"));

        assertThat(HistoryScope.EVERY_ROW.includes(block, BOB)).isTrue();
        assertThat(HistoryScope.EVERY_ROW.includes(block, ALICE)).isTrue();
    }

    @Test
    void no_scope_includes_a_row_the_user_is_not_a_party_to() {
        List<RelationshipEvent> others = List.of(new UserFollowed(ALICE, BOB), new ConnectionRequested(ALICE, BOB),
                new UserBlocked(ALICE, BOB, BlockReason.NONE));

        for (HistoryScope scope : HistoryScope.values()) {
            assertThat(others).noneMatch(event -> scope.includes(event, CAROL));
        }
    }
}
