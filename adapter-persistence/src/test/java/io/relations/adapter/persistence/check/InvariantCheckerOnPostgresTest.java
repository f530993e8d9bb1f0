package io.relations.adapter.persistence.check;

import static io.relations.adapter.persistence.support.Outcomes.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.persistence.support.RelationsOnPostgres;
import io.relations.application.port.out.ChangeLog;
import io.relations.application.service.ChangeLogRetention;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The checker finds what the adapter would never write, when rows are changed behind its back. */
class InvariantCheckerOnPostgresTest {

    private RelationsOnPostgres relations;
    private UserId alice;
    private UserId bob;

    @BeforeEach
    void aliceFollowsBobWhoBlocksNobody() {
        relations = RelationsOnPostgres.start(2);
        alice = relations.newUser();
        bob = relations.newUser();
        value(relations.commands().follow(alice, bob));
        value(relations.commands().requestConnection(alice, bob));
    }

    @AfterEach
    void stop() {
        relations.close();
    }

    @Test
    void a_database_written_only_by_commands_has_no_violation() {
        assertThat(InvariantChecker.violations(relations.dataSource())).isEmpty();
    }

    @Test
    void a_block_inserted_beside_a_follow_and_a_connection_is_reported_with_its_missing_history() {
        // when
        relations.sql().execute("insert into phoenix_kit_user_blocks values (?, ?, ?, null, now())", UUID.randomUUID(), bob.value(), alice.value());

        // then
        List<String> violations = InvariantChecker.violations(relations.dataSource());
        assertThat(violations).anyMatch(violation -> violation.startsWith("follow beside a block"));
        assertThat(violations).anyMatch(violation -> violation.startsWith("connection beside a block"));
        assertThat(violations).anyMatch(violation -> violation.startsWith("history of ") && violation.contains("replays to"));
    }

    @Test
    void a_counter_that_drifted_from_the_rows_is_reported() {
        // when
        relations.sql().execute("update phoenix_kit_user_stats_stripes set followers = followers + 1 where user_id = ?", bob.value());

        // then
        assertThat(InvariantChecker.violations(relations.dataSource()))
                .singleElement().asString().startsWith("counts differ from the rows: user_id=" + bob);
    }

    @Test
    void a_lost_history_row_is_reported_as_a_history_that_does_not_replay_to_the_tables() {
        // when
        relations.sql().execute("delete from phoenix_kit_user_follows_history where follower_id = ?", alice.value());

        // then
        assertThat(InvariantChecker.violations(relations.dataSource()))
                .singleElement().asString().contains("replays to");
    }

    @Test
    void a_history_row_the_kernel_could_not_have_written_is_reported_with_its_place_in_the_pairs_history() {
        // when the follow is logged twice
        relations.sql().execute("""
                insert into phoenix_kit_user_follows_history
                select gen_random_uuid(), follower_id, followed_id, actor_id, action, inserted_at + interval '1 second'
                from phoenix_kit_user_follows_history where follower_id = ?""", alice.value());

        // then: and the row, written by no command, has no change in the log
        assertThat(InvariantChecker.violations(relations.dataSource())).hasSize(2)
                .anyMatch(violation -> violation.contains("event 2 of the history of") && violation.contains("is impossible: already following"))
                .anyMatch(violation -> violation.startsWith("history row without its change in the log: kind=follows"));
    }

    @Test
    void a_block_reason_that_differs_from_its_history_is_reported() {
        // given
        value(relations.commands().block(bob, alice, new BlockReason("spam")));

        // when
        relations.sql().execute("update phoenix_kit_user_blocks set reason = 'edited' where blocker_id = ?", bob.value());

        // then
        assertThat(InvariantChecker.violations(relations.dataSource()))
                .singleElement().asString().contains("replays to");
    }

    @Test
    void a_deleted_user_registered_again_behind_the_checkers_back_is_reported() {
        // given
        relations.administration().deleteUser(alice, RelationsOnPostgres.ADMINISTRATOR);

        // when alice's row comes back without an administrator's registration
        relations.sql().execute("insert into phoenix_kit_users (id) values (?)", alice.value());

        // then
        assertThat(InvariantChecker.violations(relations.dataSource()))
                .singleElement().asString().startsWith("deleted user still registered: user_id=" + alice);
    }

    @Test
    void a_tombstone_without_its_history_is_reported() {
        // given
        relations.administration().deleteUser(alice, RelationsOnPostgres.ADMINISTRATOR);

        // when
        relations.sql().execute("delete from phoenix_kit_deleted_users_history where user_id = ?", alice.value());

        // then
        assertThat(InvariantChecker.violations(relations.dataSource()))
                .singleElement().asString().startsWith("deleted users differ from their history: user_id=" + alice);
    }

    @Test
    void a_tombstone_written_for_a_registered_user_without_history_is_reported() {
        // when bob, registered, gets a tombstone behind the checker's back
        relations.sql().execute("insert into phoenix_kit_deleted_users values (?, ?, now())", bob.value(), alice.value());

        // then
        assertThat(InvariantChecker.violations(relations.dataSource()))
                .anyMatch(violation -> violation.startsWith("deleted user still registered: user_id=" + bob))
                .anyMatch(violation -> violation.startsWith("deleted users differ from their history: user_id=" + bob));
    }

    @Test
    void a_deleted_users_history_row_that_changes_nothing_is_reported() {
        // when a registration is recorded for a user who was never deleted
        relations.sql().execute("insert into phoenix_kit_deleted_users_history values (gen_random_uuid(), ?, ?, 'register', now())",
                bob.value(), alice.value());

        // then
        assertThat(InvariantChecker.violations(relations.dataSource()))
                .singleElement().asString().startsWith("deleted users history row that changes nothing");
    }

    @Test
    void a_database_after_a_block_an_unblock_a_deletion_and_retention_of_the_oldest_changes_has_no_violation() {
        // given a block with its reason and its cascade, an unblock, and a deleted user's relationships
        UserId carol = relations.newUser();
        value(relations.commands().block(bob, alice, new BlockReason("spam")));
        value(relations.commands().unblock(bob, alice));
        value(relations.commands().follow(carol, alice));
        relations.administration().deleteUser(carol, RelationsOnPostgres.ADMINISTRATOR);
        List<String> beforeRetention = InvariantChecker.violations(relations.dataSource());

        // when retention removes every change so far, and a command follows
        int removed = removeEveryChangeSoFar();
        value(relations.commands().follow(alice, bob));

        // then
        assertThat(beforeRetention).isEmpty();
        assertThat(removed).isPositive();
        assertThat(InvariantChecker.violations(relations.dataSource())).isEmpty();
    }

    @Test
    void a_history_row_whose_change_is_missing_from_the_log_is_reported_by_its_id() {
        String follow = relations.sql().rows("select id from phoenix_kit_user_follows_history where follower_id = ?", alice.value()).get(0);

        // when
        relations.sql().execute("delete from phoenix_kit_change_log where id = cast(? as uuid)", follow);

        // then
        assertThat(InvariantChecker.violations(relations.dataSource())).singleElement().asString()
                .startsWith("history row without its change in the log: kind=follows, id=" + follow + ", type=follow.created");
    }

    @Test
    void a_change_after_retentions_mark_missing_from_the_log_is_reported_while_the_changes_retention_removed_are_not() {
        // given retention removed the follow and the request, and carol followed alice after it
        removeEveryChangeSoFar();
        UserId carol = relations.newUser();
        value(relations.commands().follow(carol, alice));

        // when carol's follow disappears from the log
        relations.sql().execute("delete from phoenix_kit_change_log where type = 'follow.created' and data ->> 'follower' = ?", carol.toString());

        // then
        assertThat(InvariantChecker.violations(relations.dataSource())).singleElement().asString()
                .startsWith("history row without its change in the log: kind=follows").contains(carol.toString());
    }

    @Test
    void a_change_whose_parties_differ_from_its_history_row_is_reported() {
        // when the follow is logged the other way round
        relations.sql().execute("""
                update phoenix_kit_change_log set data = jsonb_build_object('follower', data ->> 'followed', 'followed', data ->> 'follower')
                where type = 'follow.created'""");

        // then
        assertThat(InvariantChecker.violations(relations.dataSource())).singleElement().asString()
                .startsWith("change differs from its history row: kind=follows");
    }

    @Test
    void a_pairs_changes_logged_in_another_order_than_their_history_are_reported() {
        // when the follow, logged before the request, is dated after it
        relations.sql().execute("update phoenix_kit_user_follows_history set inserted_at = inserted_at + interval '1 hour'");

        // then
        assertThat(InvariantChecker.violations(relations.dataSource())).singleElement().asString()
                .startsWith("pair's changes in the log out of their history's order");
    }

    @Test
    void a_change_left_in_the_log_at_or_before_retentions_mark_is_reported() {
        // when retention's mark is set beyond the log without removing anything
        relations.sql().execute("insert into phoenix_kit_change_log_retention values (true, cast('999999999' as xid8), 1, now())");

        // then the two registrations, the follow and the request, all still there
        assertThat(InvariantChecker.violations(relations.dataSource())).hasSize(4)
                .allMatch(violation -> violation.startsWith("change at or before retention's mark still in the log"));
    }

    @Test
    void a_consumer_beyond_the_end_of_the_log_is_reported() {
        // when
        relations.sql().execute("insert into phoenix_kit_change_consumers values ('kafka', cast('999999999' as xid8), 1, now())");

        // then
        assertThat(InvariantChecker.violations(relations.dataSource())).singleElement().asString()
                .startsWith("consumer beyond the end of the log: name=kafka");
    }

    /** Retention of every change older than a minute from now, through the log's latest position: the whole log so far. */
    private int removeEveryChangeSoFar() {
        ChangeLog log = relations.persistence().changeLog();
        return log.removeOlderThan(Instant.now().plusSeconds(60), log.latest(), ChangeLogRetention.MAX_PER_CALL);
    }
}
