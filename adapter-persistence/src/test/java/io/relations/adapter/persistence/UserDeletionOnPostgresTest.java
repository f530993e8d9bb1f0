package io.relations.adapter.persistence;

import static io.relations.adapter.persistence.support.Outcomes.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.persistence.check.InvariantChecker;
import io.relations.adapter.persistence.support.RelationsOnPostgres;
import io.relations.adapter.persistence.support.Tables;
import io.relations.application.model.UserStats;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UserDeletionOnPostgresTest {

    @RegisterExtension
    static final RelationsOnPostgres relations = RelationsOnPostgres.perTestClass(2);

    @Test
    void deleting_a_user_erases_their_rows_and_history_and_takes_them_out_of_everyone_elses_counts() {
        // given alice with a follow each way, a connection, a pending request and a block, and bob and carol on their own
        UserId alice = relations.newUser();
        UserId bob = relations.newUser();
        UserId carol = relations.newUser();
        UserId dave = relations.newUser();
        Tables tables = new Tables(relations.sql()).named(alice, "alice").named(bob, "bob").named(carol, "carol").named(dave, "dave");
        value(relations.commands().follow(alice, bob));
        value(relations.commands().follow(carol, alice));
        value(relations.commands().requestConnection(alice, carol));
        value(relations.commands().acceptConnectionRequest(carol, alice));
        value(relations.commands().requestConnection(dave, alice));
        value(relations.commands().block(alice, dave, new BlockReason("spam")));
        value(relations.commands().follow(bob, carol));

        // when
        boolean deleted = relations.administration().deleteUser(alice, RelationsOnPostgres.ADMINISTRATOR);

        // then only what did not involve alice is left, and the counts match the rows again
        assertThat(deleted).isTrue();
        assertThat(tables.follows()).containsExactly("bob -> carol");
        assertThat(tables.followsHistory()).containsExactly("bob -> carol follow by bob");
        assertThat(tables.connections()).isEmpty();
        assertThat(tables.connectionsHistory()).isEmpty();
        assertThat(tables.blocks()).isEmpty();
        assertThat(tables.blocksHistory()).isEmpty();
        assertThat(relations.sql().count("select count(*) from phoenix_kit_user_stats_stripes where user_id = ?", alice.value())).isZero();
        assertThat(value(relations.queries().userStats(bob, bob))).isEqualTo(new UserStats(0, 1, 0));
        assertThat(value(relations.queries().userStats(carol, carol))).isEqualTo(new UserStats(1, 0, 0));
        assertThat(relations.administration().deleteUser(alice, RelationsOnPostgres.ADMINISTRATOR)).isFalse();
        assertThat(InvariantChecker.violations(relations.dataSource())).isEmpty();
    }
}
