package io.relations.adapter.persistence;

import static io.relations.adapter.persistence.support.Outcomes.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.adapter.persistence.support.RelationsOnPostgres;
import io.relations.adapter.persistence.support.Tables;
import io.relations.application.model.RelationshipLookup;
import io.relations.application.port.out.CorruptPairException;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.InconsistentPairStateException;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A pair that storage holds broken (written around the kernel: here a follow inserted by SQL
 * beside a block, which no constraint or trigger forbids across tables) is reported as a
 * {@link CorruptPairException} naming the pair, by the command path and by the batch lookup alike;
 * nothing is written, and other pairs are served as before.
 */
class CorruptPairOnPostgresTest {

    @RegisterExtension
    static final RelationsOnPostgres relations = RelationsOnPostgres.perTestClass(2);

    private UserId alice;
    private UserId bob;

    @BeforeEach
    void bobBlocksAliceAndAFollowOfAliceIsInsertedBesideTheBlock() {
        alice = relations.newUser();
        bob = relations.newUser();
        value(relations.commands().block(bob, alice, BlockReason.NONE));
        relations.sql().execute("insert into phoenix_kit_user_follows values (?, ?, ?, now())", UUID.randomUUID(), alice.value(), bob.value());
    }

    @Test
    void a_command_on_the_corrupt_pair_fails_with_the_pair_named_and_writes_nothing() {
        List<String> before = new Tables(relations.sql()).snapshot();

        assertThatThrownBy(() -> relations.commands().unfollow(alice, bob))
                .isInstanceOfSatisfying(CorruptPairException.class, corrupt -> assertThat(corrupt.pair()).isEqualTo(UserPair.of(alice, bob)))
                .hasMessageContaining(alice.toString()).hasMessageContaining(bob.toString())
                .hasCauseInstanceOf(InconsistentPairStateException.class);
        assertThat(new Tables(relations.sql()).snapshot()).isEqualTo(before);
    }

    @Test
    void a_lookup_naming_the_corrupt_pair_fails_with_the_pair_named() {
        assertThatThrownBy(() -> relations.queries().lookUpRelationships(bob, new RelationshipLookup(List.of(alice))))
                .isInstanceOfSatisfying(CorruptPairException.class, corrupt -> assertThat(corrupt.pair()).isEqualTo(UserPair.of(alice, bob)));
    }

    @Test
    void the_other_pairs_of_both_users_are_served_as_before() {
        UserId carol = relations.newUser();

        assertThat(value(relations.commands().follow(carol, alice)).changed()).isTrue();
        assertThat(value(relations.commands().follow(bob, carol)).changed()).isTrue();
        assertThat(value(relations.queries().lookUpRelationships(carol, new RelationshipLookup(List.of(alice, bob))))).hasSize(2);
    }
}
