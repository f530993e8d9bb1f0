package io.relations.domain.model;

import static io.relations.domain.testing.Users.ALICE;
import static io.relations.domain.testing.Users.BOB;
import static io.relations.domain.testing.Users.CAROL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.domain.model.InconsistentPairStateException.Invariant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** No public way builds a pair state that breaks invariants 1–3 (DESIGN §2). */
class PairStateTest {

    private static final UserPair ALICE_AND_BOB = UserPair.of(ALICE, BOB);
    private static final Map<Edge, BlockReason> ALICE_BLOCKS_BOB = Map.of(new Edge(ALICE, BOB), BlockReason.NONE);

    @Test
    void the_constructor_refuses_a_block_beside_a_follow_naming_the_pair_and_invariant_2() {
        assertThatThrownBy(() -> new PairState(ALICE_AND_BOB, Set.of(new Edge(BOB, ALICE)), Connection.none(), ALICE_BLOCKS_BOB))
                .isInstanceOfSatisfying(InconsistentPairStateException.class, refused -> {
                    assertThat(refused.pair()).isEqualTo(ALICE_AND_BOB);
                    assertThat(refused.invariant()).isEqualTo(Invariant.BLOCK_EXCLUDES_FOLLOWS_AND_CONNECTION);
                    assertThat(refused.invariant().number()).isEqualTo(2);
                })
                .hasMessageContaining(ALICE_AND_BOB.toString()).hasMessageContaining("invariant 2");
    }

    @Test
    void the_constructor_refuses_a_block_beside_a_pending_or_accepted_connection() {
        assertThatThrownBy(() -> new PairState(ALICE_AND_BOB, Set.of(), new Connection.Pending(BOB, ALICE), ALICE_BLOCKS_BOB))
                .isInstanceOf(InconsistentPairStateException.class);
        assertThatThrownBy(() -> new PairState(ALICE_AND_BOB, Set.of(), new Connection.Accepted(BOB, ALICE), ALICE_BLOCKS_BOB))
                .isInstanceOf(InconsistentPairStateException.class);
    }

    @Test
    void an_inconsistent_state_is_an_illegal_argument_for_callers_that_catch_those() {
        assertThatThrownBy(() -> PairState.between(ALICE, BOB).following(ALICE, BOB).blocking(BOB, ALICE).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_builder_refuses_a_block_beside_a_follow_or_a_connection_at_build() {
        PairState.Builder followAndBlock = PairState.between(ALICE, BOB).following(ALICE, BOB).blocking(BOB, ALICE);
        PairState.Builder requestAndBlock = PairState.between(ALICE, BOB).requested(ALICE, BOB).blocking(ALICE, BOB);

        assertThatThrownBy(followAndBlock::build).isInstanceOfSatisfying(InconsistentPairStateException.class,
                refused -> assertThat(refused.invariant()).isEqualTo(Invariant.BLOCK_EXCLUDES_FOLLOWS_AND_CONNECTION));
        assertThatThrownBy(requestAndBlock::build).isInstanceOf(InconsistentPairStateException.class);
    }

    @Test
    void the_builder_refuses_two_connections_in_one_pair_naming_invariant_3() {
        PairState.Builder bothAsked = PairState.between(ALICE, BOB).requested(ALICE, BOB).requested(BOB, ALICE);

        assertThatThrownBy(bothAsked::build).isInstanceOfSatisfying(InconsistentPairStateException.class, refused -> {
            assertThat(refused.pair()).isEqualTo(ALICE_AND_BOB);
            assertThat(refused.invariant()).isEqualTo(Invariant.ONE_CONNECTION_PER_PAIR);
        });
    }

    @Test
    void the_builder_refuses_a_self_relationship_and_edges_of_another_pair() {
        assertThatThrownBy(() -> PairState.between(ALICE, ALICE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PairState.between(ALICE, BOB).following(ALICE, CAROL).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PairState.between(ALICE, BOB).following(ALICE, ALICE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_with_methods_refuse_to_add_a_follow_or_a_connection_beside_a_block_or_a_block_beside_them() {
        PairState blocked = PairState.between(ALICE, BOB).blocking(ALICE, BOB).build();
        PairState following = PairState.between(ALICE, BOB).following(BOB, ALICE).build();

        assertThatThrownBy(() -> blocked.withFollow(new Edge(BOB, ALICE))).isInstanceOf(InconsistentPairStateException.class);
        assertThatThrownBy(() -> blocked.withConnection(new Connection.Pending(ALICE, BOB))).isInstanceOf(InconsistentPairStateException.class);
        assertThatThrownBy(() -> following.withBlock(new Edge(ALICE, BOB), BlockReason.NONE)).isInstanceOf(InconsistentPairStateException.class);
    }

    @Test
    void the_builder_gives_the_state_it_was_told_in_any_order_of_the_two_users() {
        PairState built = PairState.between(BOB, ALICE).following(ALICE, BOB).following(BOB, ALICE).connected(BOB, ALICE).build();

        assertThat(built).isEqualTo(new PairState(ALICE_AND_BOB, Set.of(new Edge(ALICE, BOB), new Edge(BOB, ALICE)),
                new Connection.Accepted(BOB, ALICE), Map.of()));
        assertThat(PairState.between(ALICE, BOB).blocking(ALICE, BOB, new BlockReason("spam")).blocking(BOB, ALICE).build().blocks())
                .isEqualTo(Map.of(new Edge(ALICE, BOB), new BlockReason("spam"), new Edge(BOB, ALICE), BlockReason.NONE));
        assertThat(PairState.between(ALICE, BOB).build()).isEqualTo(PairState.empty(ALICE_AND_BOB));
    }

    @Test
    void legal_transitions_of_the_with_methods_keep_working() {
        PairState state = PairState.between(ALICE, BOB).following(ALICE, BOB).requested(BOB, ALICE).build()
                .withoutFollow(new Edge(ALICE, BOB))
                .withConnection(Connection.none())
                .withBlock(new Edge(ALICE, BOB), BlockReason.NONE);

        assertThat(state).isEqualTo(PairState.between(ALICE, BOB).blocking(ALICE, BOB).build());
        assertThat(state.withoutBlock(new Edge(ALICE, BOB)).withFollow(new Edge(BOB, ALICE)).follows(BOB, ALICE)).isTrue();
    }
}
