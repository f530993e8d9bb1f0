package io.relations.domain.model;

import static io.relations.domain.testing.Users.ALICE;
import static io.relations.domain.testing.Users.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ValueObjectsTest {

    @Test
    void user_ids_order_as_postgresql_orders_uuids_unsigned_byte_by_byte() {
        UserId low = UserId.parse("7fffffff-ffff-7fff-bfff-ffffffffffff");
        UserId high = UserId.parse("80000000-0000-7000-8000-000000000000");

        assertThat(low.compareTo(high)).isNegative();
        assertThat(new UUID(low.value().getMostSignificantBits(), 0).compareTo(new UUID(high.value().getMostSignificantBits(), 0)))
                .as("java.util.UUID compares signed, which is why UserId does not use it")
                .isPositive();
    }

    @Test
    void a_user_id_refuses_text_that_is_not_a_uuid() {
        assertThatThrownBy(() -> UserId.parse("not-a-uuid")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UserId.parse("1-1-1-1-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_pair_is_the_same_in_either_order() {
        assertThat(UserPair.of(ALICE, BOB)).isEqualTo(UserPair.of(BOB, ALICE));
        assertThat(UserPair.of(BOB, ALICE).lower()).isEqualTo(ALICE);
    }

    @Test
    void a_pair_refuses_a_user_with_themselves() {
        assertThatThrownBy(() -> UserPair.of(ALICE, ALICE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Edge(ALICE, ALICE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_block_reason_has_at_most_500_characters_and_blank_means_none() {
        assertThat(new BlockReason("é".repeat(500)).text()).hasSize(500);
        assertThatThrownBy(() -> new BlockReason("x".repeat(501))).isInstanceOf(IllegalArgumentException.class);
        assertThat(BlockReason.of(Optional.of("   "))).isEqualTo(BlockReason.NONE);
        assertThat(BlockReason.of(Optional.of(" spam "))).isEqualTo(new BlockReason("spam"));
        assertThat(BlockReason.NONE.asOptional()).isEmpty();
    }

    @Test
    void a_relationship_is_seen_from_each_side() {
        PairState state = PairState.empty(UserPair.of(ALICE, BOB))
                .withFollow(new Edge(ALICE, BOB))
                .withConnection(new Connection.Pending(ALICE, BOB));

        assertThat(state.seenBy(ALICE)).isEqualTo(new Relationship(ALICE, BOB, true, false, ConnectionStatus.PENDING_OUTGOING, false, false));
        assertThat(state.seenBy(BOB)).isEqualTo(new Relationship(BOB, ALICE, false, true, ConnectionStatus.PENDING_INCOMING, false, false));
    }

    @Test
    void a_state_refuses_edges_of_another_pair() {
        PairState state = PairState.empty(UserPair.of(ALICE, BOB));

        assertThatThrownBy(() -> state.withFollow(new Edge(ALICE, io.relations.domain.testing.Users.CAROL)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
