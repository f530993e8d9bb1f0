package io.relations.adapter.persistence.directory;

import static io.relations.adapter.persistence.support.Outcomes.value;
import static io.relations.adapter.persistence.support.RelationsOnPostgres.ADMINISTRATOR;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.persistence.check.InvariantChecker;
import io.relations.adapter.persistence.support.ChangeLogRows;
import io.relations.adapter.persistence.support.RelationsOnPostgres;
import io.relations.application.change.ChangeEvent;
import io.relations.application.change.ChangeEvents;
import io.relations.application.change.ChangeSubject;
import io.relations.application.change.ChangeType;
import io.relations.application.model.Denial;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What registrations, deletions and the module switch write to the change log. */
class DirectoryChangesOnPostgresTest {

    /** More than two chunks' worth: three chunks, the last one partly filled. */
    private static final int BLOCKS = 2 * UserDeletionChanges.CHUNK + 200;

    @RegisterExtension
    static final RelationsOnPostgres relations = RelationsOnPostgres.perTestClass(4);

    private ChangeLogRows log;

    @BeforeEach
    void theLog() {
        log = new ChangeLogRows(relations.sql());
    }

    @AfterEach
    void invariantsHold() {
        assertThat(InvariantChecker.violations(relations.dataSource())).isEmpty();
    }

    @Test
    void an_administrators_registration_of_a_new_user_logs_user_registered_by_the_administrator_and_a_repeat_logs_nothing() {
        // given
        UserId carol = UserId.of(UUID.randomUUID());

        // when
        relations.administration().registerUser(carol, ADMINISTRATOR);
        List<String> afterTheFirst = log.about(ChangeSubject.of(carol));
        relations.administration().registerUser(carol, ADMINISTRATOR);

        // then
        assertThat(withoutIdAndTime(afterTheFirst))
                .containsExactly(withoutIdAndTime(ChangeEvents.userRegistered(UUID.randomUUID(), carol, ADMINISTRATOR, Instant.now())));
        assertThat(log.about(ChangeSubject.of(carol))).isEqualTo(afterTheFirst);
    }

    @Test
    void a_first_use_registration_logs_user_registered_by_the_user_once() {
        // given
        UserId dave = UserId.of(UUID.randomUUID());

        // when
        assertThat(value(relations.administration().registerCaller(dave))).isTrue();
        List<String> afterTheFirst = log.about(ChangeSubject.of(dave));
        assertThat(value(relations.administration().registerCaller(dave))).isFalse();

        // then
        assertThat(withoutIdAndTime(afterTheFirst))
                .containsExactly(withoutIdAndTime(ChangeEvents.userRegistered(UUID.randomUUID(), dave, dave, Instant.now())));
        assertThat(log.about(ChangeSubject.of(dave))).isEqualTo(afterTheFirst);
    }

    @Test
    void a_deleted_user_refused_on_first_use_logs_nothing_and_an_administrators_registration_logs_it_after_the_deletion() {
        // given
        UserId erin = relations.newUser();
        relations.administration().deleteUser(erin, ADMINISTRATOR);
        int before = log.about(ChangeSubject.of(erin)).size();

        // when
        assertThat(relations.administration().registerCaller(erin).denial()).contains(Denial.USER_DELETED);
        int afterRefusal = log.about(ChangeSubject.of(erin)).size();
        relations.administration().registerUser(erin, ADMINISTRATOR);

        // then
        assertThat(afterRefusal).isEqualTo(before);
        assertThat(log.about(ChangeSubject.of(erin))).extracting(line -> line.split(" \\| ")[1])
                .containsExactly("user.registered v1", "user.deleted v1", "user.registered v1");
    }

    @Test
    void a_deletion_logs_the_removal_of_every_follow_connection_and_block_naming_the_user_then_the_deletion_in_one_transaction() {
        // given a user with every kind of relationship, in both directions
        UserId user = relations.newUser();
        UserId followed = relations.newUser();
        UserId follower = relations.newUser();
        UserId asked = relations.newUser();
        UserId connected = relations.newUser();
        UserId blocked = relations.newUser();
        UserId blocker = relations.newUser();
        value(relations.commands().follow(user, followed));
        value(relations.commands().follow(follower, user));
        value(relations.commands().requestConnection(user, asked));
        value(relations.commands().requestConnection(connected, user));
        value(relations.commands().acceptConnectionRequest(user, connected));
        value(relations.commands().block(user, blocked, BlockReason.NONE));
        value(relations.commands().block(blocker, user, BlockReason.NONE));
        int before = log.all().size();

        // when
        relations.administration().deleteUser(user, ADMINISTRATOR);

        // then each removal as ChangeEvents maps it, follows, connections, blocks, then the deletion
        List<String> logged = log.all().subList(before, log.all().size());
        assertThat(withoutIdAndTime(logged)).containsExactly(
                removal(ChangeType.FOLLOW_REMOVED, user, followed),
                removal(ChangeType.FOLLOW_REMOVED, follower, user),
                removal(ChangeType.CONNECTION_REMOVED, user, asked),
                removal(ChangeType.CONNECTION_REMOVED, connected, user),
                removal(ChangeType.BLOCK_REMOVED, user, blocked),
                removal(ChangeType.BLOCK_REMOVED, blocker, user),
                withoutIdAndTime(ChangeEvents.userDeleted(UUID.randomUUID(), user, ADMINISTRATOR, Instant.now())));
        assertThat(logged).extracting(line -> line.split(" \\| ")[5]).containsOnly(logged.get(0).split(" \\| ")[5]);
        assertThat(relations.sql().count("""
                select count(distinct transaction_id) from (select transaction_id from phoenix_kit_change_log
                order by transaction_id, sequence_id offset ?) as deletion""", before)).isEqualTo(1);
    }

    @Test
    void a_deletion_of_a_few_chunks_of_relationships_logs_each_removal_once_in_order_then_the_deletion_and_reads_each_row_once() {
        // given a follower, a connection and more blocks than two chunks hold, half of them the user's, half against the user
        UserId user = relations.newUser();
        UserId follower = relations.newUser();
        UserId asked = relations.newUser();
        value(relations.commands().follow(follower, user));
        value(relations.commands().requestConnection(user, asked));
        List<String> expected = new ArrayList<>(List.of(
                removal(ChangeType.FOLLOW_REMOVED, follower, user), removal(ChangeType.CONNECTION_REMOVED, user, asked)));
        relations.sql().rows("""
                with others as (
                    insert into phoenix_kit_users (id) select gen_random_uuid() from generate_series(1, ?) returning id),
                blocks as (
                    insert into phoenix_kit_user_blocks (id, blocker_id, blocked_id, inserted_at)
                    select gen_random_uuid(), case when n % 2 = 0 then ? else id end, case when n % 2 = 0 then id else ? end, now()
                    from (select id, row_number() over () as n from others) as numbered
                    returning id, blocker_id, blocked_id)
                select blocker_id, blocked_id from blocks order by id""", BLOCKS, user.value(), user.value())
                .forEach(row -> expected.add(removal(ChangeType.BLOCK_REMOVED,
                        UserId.parse(row.split(" \\| ")[0]), UserId.parse(row.split(" \\| ")[1]))));
        expected.add(withoutIdAndTime(ChangeEvents.userDeleted(UUID.randomUUID(), user, ADMINISTRATOR, Instant.now())));
        int before = log.all().size();
        long readBefore = blockRowsRead();

        // when
        relations.administration().deleteUser(user, ADMINISTRATOR);

        // then every removal once, in the order of the rows, then the deletion, in one transaction
        long read = blockRowsRead() - readBefore;
        List<String> logged = log.all().subList(before, log.all().size());
        assertThat(logged).hasSize(BLOCKS + 3);
        assertThat(logged).extracting(line -> line.split(" \\| ")[0]).doesNotHaveDuplicates();
        assertThat(withoutIdAndTime(logged)).containsExactlyElementsOf(expected);
        assertThat(relations.sql().count("""
                select count(distinct transaction_id) from (select transaction_id from phoenix_kit_change_log
                order by transaction_id, sequence_id offset ?) as deletion""", before)).isEqualTo(1);
        // and each block row was read twice, once to log it and once by the cascade that erases it; a read of all of them per chunk makes it four times
        assertThat(read).as("rows of phoenix_kit_user_blocks the deletion read").isGreaterThanOrEqualTo(BLOCKS).isLessThan(3L * BLOCKS);
    }

    /**
     * The rows read from {@code phoenix_kit_user_blocks} so far, by any scan, once the session's
     * statistics are flushed. The session is the one the deletion ran on: this test's thread does
     * everything one step after the other, and the pool hands a thread back the connection it
     * returned last (HikariCP's thread-local list); were it another, the deletion's reads would be
     * missing and the test's lower bound would fail, not pass. The rows the test generates are
     * read back from the insert's own {@code returning}, so nothing else reads the table meanwhile.
     */
    private static long blockRowsRead() {
        relations.sql().execute("select pg_stat_force_next_flush()");
        return relations.sql().count(
                "select seq_tup_read + coalesce(idx_tup_fetch, 0) from pg_stat_user_tables where relname = 'phoenix_kit_user_blocks'");
    }

    @Test
    void switching_the_module_logs_setting_changed_by_the_administrator_only_when_the_value_changes() {
        // given
        ChangeSubject setting = ChangeSubject.setting(ChangeEvents.CONNECTIONS_ENABLED);
        List<String> expected = new ArrayList<>();
        try {
            // when
            relations.administration().switchConnections(true, ADMINISTRATOR);
            relations.administration().switchConnections(false, ADMINISTRATOR);
            relations.administration().switchConnections(false, ADMINISTRATOR);
        } finally {
            relations.administration().switchConnections(true, ADMINISTRATOR);
        }
        expected.add(withoutIdAndTime(ChangeEvents.connectionsSwitched(UUID.randomUUID(), false, ADMINISTRATOR, Instant.now())));
        expected.add(withoutIdAndTime(ChangeEvents.connectionsSwitched(UUID.randomUUID(), true, ADMINISTRATOR, Instant.now())));

        // then
        assertThat(withoutIdAndTime(log.about(setting))).containsExactlyElementsOf(expected);
    }

    private static String removal(ChangeType type, UserId from, UserId to) {
        return withoutIdAndTime(ChangeEvents.removedByDeletion(UUID.randomUUID(), type, from, to, ADMINISTRATOR, Instant.now()));
    }

    private static String withoutIdAndTime(ChangeEvent change) {
        return withoutIdAndTime(List.of(ChangeLogRows.line(change))).get(0);
    }

    /** A logged line without its id (the first column) and its time (the sixth), which the adapter chose. */
    private static List<String> withoutIdAndTime(List<String> lines) {
        return lines.stream().map(line -> {
            List<String> columns = new ArrayList<>(Arrays.asList(line.split(" \\| ", -1)));
            columns.remove(5);
            columns.remove(0);
            return String.join(" | ", columns);
        }).toList();
    }
}
