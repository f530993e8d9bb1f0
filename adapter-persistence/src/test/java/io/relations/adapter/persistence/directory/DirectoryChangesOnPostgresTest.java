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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What registrations, deletions and the module switch write to the change log. */
class DirectoryChangesOnPostgresTest {

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
    void a_deletion_of_a_user_with_more_relationships_than_one_chunk_logs_each_once_then_the_deletion() throws Exception {
        // given more followers than one chunk holds, and a block after them in the order
        UserId popular = relations.newUser();
        int followers = UserDeletionChanges.CHUNK + 1;
        List<UserId> fans = IntStream.range(0, followers).mapToObj(i -> UserId.of(UUID.randomUUID())).toList();
        relations.sql().execute("insert into phoenix_kit_users (id) select unnest(cast(? as uuid[]))",
                (Object) fans.stream().map(UserId::value).toArray(UUID[]::new));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            for (Future<?> follow : threads.invokeAll(fans.stream()
                    .map(fan -> (Callable<Object>) () -> value(relations.commands().follow(fan, popular))).toList())) {
                follow.get();
            }
        } finally {
            threads.shutdown();
        }
        UserId blocked = relations.newUser();
        value(relations.commands().block(popular, blocked, BlockReason.NONE));
        int before = log.all().size();

        // when
        relations.administration().deleteUser(popular, ADMINISTRATOR);

        // then
        List<String> logged = log.all().subList(before, log.all().size());
        assertThat(logged).hasSize(followers + 2);
        assertThat(logged).extracting(line -> line.split(" \\| ")[0]).doesNotHaveDuplicates();
        assertThat(withoutIdAndTime(logged.subList(0, followers)))
                .containsExactlyInAnyOrderElementsOf(fans.stream().map(fan -> removal(ChangeType.FOLLOW_REMOVED, fan, popular)).toList());
        assertThat(withoutIdAndTime(logged.subList(followers, followers + 2))).containsExactly(
                removal(ChangeType.BLOCK_REMOVED, popular, blocked),
                withoutIdAndTime(ChangeEvents.userDeleted(UUID.randomUUID(), popular, ADMINISTRATOR, Instant.now())));
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
