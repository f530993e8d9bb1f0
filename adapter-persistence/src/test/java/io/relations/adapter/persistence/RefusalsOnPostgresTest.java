package io.relations.adapter.persistence;

import static io.relations.adapter.persistence.support.Outcomes.denial;
import static io.relations.adapter.persistence.support.Outcomes.refusal;
import static io.relations.adapter.persistence.support.Outcomes.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.persistence.support.RelationsOnPostgres;
import io.relations.adapter.persistence.support.Tables;
import io.relations.application.model.Denial;
import io.relations.domain.decision.Refusal;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.UserId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A refused command leaves every table exactly as it was: rows, ids, times and counters. */
class RefusalsOnPostgresTest {

    @RegisterExtension
    static final RelationsOnPostgres relations = RelationsOnPostgres.perTestClass(2);

    private UserId alice;
    private UserId bob;
    private Tables tables;

    @BeforeEach
    void twoUsersWhoFollowEachOther() {
        alice = relations.newUser();
        bob = relations.newUser();
        value(relations.commands().follow(alice, bob));
        value(relations.commands().follow(bob, alice));
        tables = new Tables(relations.sql());
    }

    @Test
    void following_a_user_who_blocks_you_is_refused_and_changes_no_table() {
        // given
        value(relations.commands().block(bob, alice, new BlockReason("go away")));
        List<String> before = tables.snapshot();

        // when
        Refusal refusal = refusal(relations.commands().follow(alice, bob));

        // then
        assertThat(refusal).isEqualTo(Refusal.BLOCKED);
        assertThat(tables.snapshot()).isEqualTo(before);
    }

    @Test
    void requesting_a_connection_with_a_user_you_block_is_refused_and_changes_no_table() {
        // given
        value(relations.commands().block(alice, bob, BlockReason.NONE));
        List<String> before = tables.snapshot();

        // when
        Refusal refusal = refusal(relations.commands().requestConnection(alice, bob));

        // then
        assertThat(refusal).isEqualTo(Refusal.BLOCKED);
        assertThat(tables.snapshot()).isEqualTo(before);
    }

    @Test
    void accepting_your_own_request_is_refused_and_changes_no_table() {
        // given
        value(relations.commands().requestConnection(alice, bob));
        List<String> before = tables.snapshot();

        // when
        Refusal refusal = refusal(relations.commands().acceptConnectionRequest(alice, bob));

        // then
        assertThat(refusal).isEqualTo(Refusal.NO_PENDING_REQUEST);
        assertThat(tables.snapshot()).isEqualTo(before);
    }

    @Test
    void rejecting_when_nothing_is_pending_is_refused_and_changes_no_table() {
        // given
        List<String> before = tables.snapshot();

        // when
        Refusal refusal = refusal(relations.commands().rejectConnectionRequest(alice, bob));

        // then
        assertThat(refusal).isEqualTo(Refusal.NO_PENDING_REQUEST);
        assertThat(tables.snapshot()).isEqualTo(before);
    }

    @Test
    void following_yourself_is_refused_and_changes_no_table() {
        // given
        List<String> before = tables.snapshot();

        // when
        Refusal refusal = refusal(relations.commands().follow(alice, alice));

        // then
        assertThat(refusal).isEqualTo(Refusal.SELF_RELATIONSHIP);
        assertThat(tables.snapshot()).isEqualTo(before);
    }

    @Test
    void following_an_unknown_user_is_refused_and_changes_no_table() {
        // given
        List<String> before = tables.snapshot();

        // when
        Denial denial = denial(relations.commands().follow(alice, UserId.of(UUID.randomUUID())));

        // then
        assertThat(denial).isEqualTo(Denial.USER_NOT_FOUND);
        assertThat(tables.snapshot()).isEqualTo(before);
    }

    @Test
    void any_command_while_the_module_is_switched_off_is_refused_and_changes_no_table() {
        // given
        relations.administration().switchConnections(false, RelationsOnPostgres.ADMINISTRATOR);
        List<String> before = tables.snapshot();
        try {
            // when
            Denial denial = denial(relations.commands().block(alice, bob, BlockReason.NONE));

            // then
            assertThat(denial).isEqualTo(Denial.MODULE_DISABLED);
            assertThat(tables.snapshot()).isEqualTo(before);
            assertThat(relations.administration().connectionsEnabled()).isFalse();
        } finally {
            relations.administration().switchConnections(true, RelationsOnPostgres.ADMINISTRATOR);
        }
    }
}
