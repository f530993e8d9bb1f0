package io.relations.adapter.persistence;

import static io.relations.adapter.persistence.support.Outcomes.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.adapter.persistence.check.InvariantChecker;
import io.relations.adapter.persistence.support.ChangeLogRows;
import io.relations.adapter.persistence.support.RelationsOnPostgres;
import io.relations.application.change.ChangeSubject;
import io.relations.application.model.RecordedEvent;
import io.relations.domain.event.UserFollowed;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What each command writes to the change log: its events, mapped by ChangeEvents, in its own transaction. */
class ChangeLogOnPostgresTest {

    @RegisterExtension
    static final RelationsOnPostgres relations = RelationsOnPostgres.perTestClass(4);

    private UserId alice;
    private UserId bob;
    private ChangeSubject pair;
    private ChangeLogRows log;

    @BeforeEach
    void twoNewUsers() {
        alice = relations.newUser();
        bob = relations.newUser();
        pair = ChangeSubject.of(UserPair.of(alice, bob));
        log = new ChangeLogRows(relations.sql());
    }

    @AfterEach
    void invariantsHold() {
        assertThat(InvariantChecker.violations(relations.dataSource())).isEmpty();
    }

    @Test
    void every_command_logs_each_of_its_events_as_its_change_with_the_history_rows_id_time_and_actor_in_order() {
        // when every kind of event happens on the pair
        value(relations.commands().follow(alice, bob));
        value(relations.commands().follow(bob, alice));
        value(relations.commands().requestConnection(alice, bob));
        value(relations.commands().acceptConnectionRequest(bob, alice));
        value(relations.commands().removeConnection(alice, bob));
        value(relations.commands().requestConnection(bob, alice));
        value(relations.commands().cancelConnectionRequest(bob, alice));
        value(relations.commands().requestConnection(alice, bob));
        value(relations.commands().rejectConnectionRequest(bob, alice));
        value(relations.commands().requestConnection(bob, alice));
        value(relations.commands().block(alice, bob, BlockReason.of(Optional.of("spam"))));
        value(relations.commands().unblock(alice, bob));
        value(relations.commands().block(bob, alice, BlockReason.NONE));
        value(relations.commands().unblock(bob, alice));
        value(relations.commands().follow(bob, alice));
        value(relations.commands().removeFollower(alice, bob));

        // then the log holds the history, change for change, in the same order
        List<String> expected = ChangeLogRows.lines(log.historyAsChanges(UserPair.of(alice, bob)));
        assertThat(expected).hasSize(19);
        assertThat(log.about(pair)).containsExactlyElementsOf(expected);
    }

    @Test
    void a_blocks_cascade_logs_the_removals_before_the_block_all_in_the_blocks_transaction() {
        // given both follow each other and alice asked bob to connect
        value(relations.commands().follow(alice, bob));
        value(relations.commands().follow(bob, alice));
        value(relations.commands().requestConnection(alice, bob));
        int before = log.about(pair).size();

        // when bob blocks alice, saying why
        value(relations.commands().block(bob, alice, BlockReason.of(Optional.of("too many messages"))));

        // then four changes, in the cascade's order, in one transaction, numbered one after the other
        assertThat(relations.sql().rows("""
                select type, privacy, actor_id = ?, data ->> 'reason', data ->> 'cause' from phoenix_kit_change_log
                where subject = ? order by transaction_id, sequence_id offset ?""", bob.value(), pair.key(), before))
                .containsExactly(
                        "follow.removed | public | t | null | null",
                        "follow.removed | public | t | null | null",
                        "connection.removed | parties | t | null | null",
                        "block.created | parties | t | too many messages | null");
        assertThat(relations.sql().rows("""
                select count(distinct transaction_id), max(sequence_id) - min(sequence_id) from (
                    select transaction_id, sequence_id from phoenix_kit_change_log
                    where subject = ? order by transaction_id, sequence_id offset ?) as block""", pair.key(), before))
                .containsExactly("1 | 3");
    }

    @Test
    void a_command_that_changes_nothing_or_is_refused_logs_nothing() {
        // given
        value(relations.commands().follow(alice, bob));
        long before = log.count();

        // when
        value(relations.commands().follow(alice, bob));
        value(relations.commands().unfollow(bob, alice));
        value(relations.commands().cancelConnectionRequest(alice, bob));
        relations.commands().acceptConnectionRequest(alice, bob);
        value(relations.commands().block(bob, alice, BlockReason.NONE));
        long afterBlock = log.count();
        relations.commands().follow(alice, bob);
        relations.commands().requestConnection(alice, bob);
        value(relations.commands().block(bob, alice, BlockReason.NONE));

        // then only the block (and its cascade's unfollow) was logged
        assertThat(afterBlock - before).isEqualTo(2);
        assertThat(log.count()).isEqualTo(afterBlock);
    }

    @Test
    void a_work_that_throws_after_recording_its_events_leaves_no_change_in_the_log() {
        // given
        long before = log.count();

        // when the work records a follow, then fails
        assertThatThrownBy(() -> relations.persistence().pairTransactions().withPairLocked(alice, bob, locked -> {
            locked.record(List.of(new RecordedEvent(relations.persistence().idGenerator().newId(), new UserFollowed(alice, bob), Instant.now())));
            throw new IllegalStateException("the work fails after recording");
        })).hasMessageContaining("the work fails after recording");

        // then
        assertThat(log.count()).isEqualTo(before);
        assertThat(log.about(pair)).isEmpty();
    }
}
