package io.relations.testkit.contract;

import static io.relations.testkit.contract.PortsInUse.ADMINISTRATOR;
import static io.relations.testkit.contract.PortsInUse.unknownUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.application.change.ChangeEvent;
import io.relations.application.change.ChangeEvents;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.ChangeSubject;
import io.relations.application.change.ChangeType;
import io.relations.application.change.ConsumerName;
import io.relations.application.change.LoggedChange;
import io.relations.application.change.PrivacyClass;
import io.relations.application.model.RecordedEvent;
import io.relations.application.port.out.ChangeLog;
import io.relations.application.port.out.ConsumerClaim;
import io.relations.domain.event.ConnectionAccepted;
import io.relations.domain.event.ConnectionRemoved;
import io.relations.domain.event.ConnectionRequested;
import io.relations.domain.event.UserBlocked;
import io.relations.domain.event.UserFollowed;
import io.relations.domain.event.UserUnfollowed;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The change log and its consumers' positions: every committed change is one change in the log,
 * in the order of the transactions, and nothing else is. Each test reads from the log's latest
 * position on and keeps to the subjects of its own users, so the tests may share one storage.
 */
abstract class ChangeLogCases extends PortCases {

    private static final Set<PrivacyClass> EVERY_CLASS = EnumSet.allOf(PrivacyClass.class);
    /** More pages than any test writes: a walk that does not end is a failure, not a hang. */
    private static final int MAX_PAGES = 1_000;
    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(10);

    ChangeLogCases(Supplier<PortsInUse> ports) {
        super(ports);
    }

    @Test
    void each_recorded_event_is_one_change_with_the_event_s_id_time_and_data_in_the_order_of_the_transactions() {
        UserId alice = given.newUser();
        UserId bob = given.newUser();
        ChangePosition start = given.ports.changeLog().latest();
        List<RecordedEvent> recorded = new ArrayList<>();

        recorded.addAll(given.record(alice, bob, new UserFollowed(alice, bob)));
        recorded.addAll(given.record(alice, bob, new ConnectionRequested(alice, bob)));
        recorded.addAll(given.record(bob, alice, new ConnectionAccepted(alice, bob), new UserFollowed(bob, alice)));
        // a block's cascade: each removal is a change of its own, in the order recorded
        recorded.addAll(given.record(alice, bob, new UserUnfollowed(alice, bob, alice), new UserUnfollowed(bob, alice, alice),
                new ConnectionRemoved(UserPair.of(alice, bob), alice), new UserBlocked(alice, bob, BlockReason.of(Optional.of("spam")))));

        List<LoggedChange> logged = changesAfter(start, Set.of(ChangeSubject.of(UserPair.of(alice, bob))), recorded.size());
        assertThat(logged).extracting(LoggedChange::event)
                .containsExactlyElementsOf(recorded.stream().map(ChangeEvents::of).toList());
        assertInLogOrder(logged);
        assertThat(logged.get(logged.size() - 1).event().data()).containsEntry("reason", "spam");
    }

    @Test
    void work_that_records_nothing_and_work_that_throws_write_no_change() {
        UserId alice = given.newUser();
        UserId bob = given.newUser();
        ChangePosition start = given.ports.changeLog().latest();

        given.ports.pairTransactions().withPairLocked(alice, bob, locked -> locked.facts());
        assertThatThrownBy(() -> given.ports.pairTransactions().withPairLocked(alice, bob, locked -> {
            locked.record(List.of(given.recorded(new UserFollowed(alice, bob))));
            throw new IllegalStateException("rolled back on purpose");
        })).hasMessage("rolled back on purpose");

        // Only the pair's own changes tell: the log's latest position is not frozen while the test
        // runs, since it moves whenever a transaction elsewhere in the cluster (pg_snapshot_xmin is
        // cluster-wide) ends and lets an earlier commit, such as these users' registrations, be read.
        assertThat(changesAfter(start, Set.of(ChangeSubject.of(UserPair.of(alice, bob))))).isEmpty();
    }

    @Test
    void a_registration_is_one_change_by_its_registrar_and_registering_a_known_user_writes_none() {
        UserId byAdministrator = unknownUser();
        UserId onFirstUse = unknownUser();
        ChangePosition start = given.ports.changeLog().latest();

        given.ports.users().register(byAdministrator, ADMINISTRATOR);
        given.ports.users().registerUnlessDeleted(onFirstUse);
        given.ports.users().register(byAdministrator, ADMINISTRATOR);
        given.ports.users().registerUnlessDeleted(onFirstUse);
        given.ports.users().registerUnlessDeleted(byAdministrator);

        List<LoggedChange> logged = changesAfter(start, Set.of(ChangeSubject.of(byAdministrator), ChangeSubject.of(onFirstUse)), 2);
        assertThat(logged).extracting(change -> summary(change.event())).containsExactly(
                new Summary(ChangeType.USER_REGISTERED, ChangeSubject.of(byAdministrator), ADMINISTRATOR, Map.of("user", byAdministrator.toString())),
                new Summary(ChangeType.USER_REGISTERED, ChangeSubject.of(onFirstUse), onFirstUse, Map.of("user", onFirstUse.toString())));
    }

    @Test
    void a_deletion_publishes_each_relationship_it_removed_then_itself_and_the_log_keeps_what_was_published_before() {
        UserId alice = given.newUser();
        UserId bob = given.newUser();
        UserId carol = given.newUser();
        UserId dave = given.newUser();
        ChangePosition start = given.ports.changeLog().latest();
        given.record(alice, bob, new UserFollowed(alice, bob));
        given.record(bob, alice, new UserFollowed(bob, alice));
        given.record(carol, alice, new ConnectionRequested(carol, alice));
        given.record(dave, alice, new UserBlocked(dave, alice, BlockReason.NONE));
        ChangePosition beforeDeletion = given.ports.changeLog().latest();

        given.ports.users().delete(alice, ADMINISTRATOR);

        Set<ChangeSubject> subjects = Set.of(ChangeSubject.of(alice), ChangeSubject.of(UserPair.of(alice, bob)),
                ChangeSubject.of(UserPair.of(alice, carol)), ChangeSubject.of(UserPair.of(alice, dave)));
        List<LoggedChange> deletion = changesAfter(beforeDeletion, subjects, 5);
        assertInLogOrder(deletion);
        assertThat(deletion).extracting(change -> summary(change.event())).containsExactlyInAnyOrder(
                removal(ChangeType.FOLLOW_REMOVED, alice, bob, Map.of("follower", alice.toString(), "followed", bob.toString())),
                removal(ChangeType.FOLLOW_REMOVED, alice, bob, Map.of("follower", bob.toString(), "followed", alice.toString())),
                removal(ChangeType.CONNECTION_REMOVED, alice, carol, Map.of("user_a", UserPair.of(alice, carol).lower().toString(),
                        "user_b", UserPair.of(alice, carol).higher().toString())),
                removal(ChangeType.BLOCK_REMOVED, alice, dave, Map.of("blocker", dave.toString(), "blocked", alice.toString())),
                new Summary(ChangeType.USER_DELETED, ChangeSubject.of(alice), ADMINISTRATOR, Map.of("user", alice.toString())));
        assertThat(deletion.get(deletion.size() - 1).event().type()).isEqualTo(ChangeType.USER_DELETED);
        assertThat(changesAfter(start, subjects)).extracting(change -> change.event().type()).startsWith(
                ChangeType.FOLLOW_CREATED, ChangeType.FOLLOW_CREATED, ChangeType.CONNECTION_REQUESTED, ChangeType.BLOCK_CREATED);
    }

    @Test
    void a_switch_of_the_module_is_a_setting_change_with_the_new_value() {
        ChangePosition start = given.ports.changeLog().latest();
        try {
            given.ports.moduleSwitch().switchConnections(false, ADMINISTRATOR);
        } finally {
            given.ports.moduleSwitch().switchConnections(true, ADMINISTRATOR);
        }

        List<LoggedChange> logged = changesAfter(start, Set.of(ChangeSubject.setting(ChangeEvents.CONNECTIONS_ENABLED)), 2);
        assertThat(logged).extracting(change -> change.event().data()).containsExactly(
                Map.of("key", ChangeEvents.CONNECTIONS_ENABLED, "value", "false"),
                Map.of("key", ChangeEvents.CONNECTIONS_ENABLED, "value", "true"));
        assertThat(logged).extracting(change -> change.event().type()).containsOnly(ChangeType.SETTING_CHANGED);
        assertThat(logged).extracting(change -> change.event().actor()).containsOnly(ADMINISTRATOR);
    }

    @Test
    void reading_after_a_position_pages_in_log_order_with_only_the_classes_asked_for() {
        UserId alice = given.newUser();
        UserId bob = given.newUser();
        ChangePosition start = given.ports.changeLog().latest();
        given.record(alice, bob, new UserFollowed(alice, bob));
        given.record(alice, bob, new ConnectionRequested(alice, bob));
        given.record(bob, alice, new ConnectionAccepted(alice, bob));
        given.record(alice, bob, new ConnectionRemoved(UserPair.of(alice, bob), alice), new UserUnfollowed(alice, bob, alice));
        Set<ChangeSubject> pair = Set.of(ChangeSubject.of(UserPair.of(alice, bob)));

        List<LoggedChange> every = changesAfter(start, pair, 5);
        List<LoggedChange> publicOnly = changesAfter(start, pair, EnumSet.of(PrivacyClass.PUBLIC), 1);
        List<LoggedChange> partiesOnly = changesAfter(start, pair, EnumSet.of(PrivacyClass.PARTIES), 2);

        assertThat(every).extracting(change -> change.event().type()).containsExactly(ChangeType.FOLLOW_CREATED,
                ChangeType.CONNECTION_REQUESTED, ChangeType.CONNECTION_ACCEPTED, ChangeType.CONNECTION_REMOVED, ChangeType.FOLLOW_REMOVED);
        assertThat(publicOnly).containsExactlyElementsOf(every.stream()
                .filter(change -> change.event().type().privacy() == PrivacyClass.PUBLIC).toList());
        assertThat(partiesOnly).containsExactlyElementsOf(every.stream()
                .filter(change -> change.event().type().privacy() == PrivacyClass.PARTIES).toList());
        assertThat(given.ports.changeLog().readAfter(start, 1, EnumSet.noneOf(PrivacyClass.class))).isEmpty();
        assertThat(every.get(every.size() - 1).position().isAfter(given.ports.changeLog().latest()))
                .as("the latest position is at or after the pair's last change").isFalse();
        assertThat(given.ports.changeLog().backlogAfter(start, 100).changes()).isEqualTo(every.size());
        assertThat(given.ports.changeLog().backlogAfter(start, 2).changes()).isEqualTo(2);
        assertThatThrownBy(() -> given.ports.changeLog().readAfter(start, 0, EVERY_CLASS)).isInstanceOf(IllegalArgumentException.class);
        assertThat(given.ports.changeLog().readAfter(start, ChangeLog.MAX_READ, EVERY_CLASS)).isNotEmpty();
        assertThatThrownBy(() -> given.ports.changeLog().readAfter(start, ChangeLog.MAX_READ + 1, EVERY_CLASS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_consumer_is_claimed_by_one_claimer_at_a_time_and_its_position_outlives_the_claim() {
        ConsumerName consumer = newConsumer();
        ChangePosition startAt = new ChangePosition(3, 4);
        ChangePosition delivered = new ChangePosition(5, 6);

        ConsumerClaim claim = given.ports.consumerPositions().tryClaim(consumer, startAt).orElseThrow();
        try {
            assertThat(claim.position()).isEqualTo(startAt);
            assertThat(given.ports.consumerPositions().tryClaim(consumer, ChangePosition.START)).as("a second claim").isEmpty();
            claim.advance(delivered);
            assertThatThrownBy(() -> claim.advance(startAt)).isInstanceOf(IllegalArgumentException.class);
        } finally {
            claim.close();
        }
        assertThatThrownBy(() -> claim.advance(new ChangePosition(9, 9))).isInstanceOf(IllegalStateException.class);

        assertThat(given.ports.consumerPositions().positions()).containsEntry(consumer, delivered);
        try (ConsumerClaim again = given.ports.consumerPositions().tryClaim(consumer, ChangePosition.START).orElseThrow()) {
            assertThat(again.position()).isEqualTo(delivered);
        }
        given.ports.consumerPositions().forget(consumer);
        assertThat(given.ports.consumerPositions().positions()).doesNotContainKey(consumer);
    }

    @Test
    void a_reset_waits_for_the_claim_to_be_closed_then_moves_the_position() throws Exception {
        ConsumerName consumer = newConsumer();
        ChangePosition replayFrom = new ChangePosition(1, 2);
        CompletableFuture<Void> reset;
        try (ConsumerClaim claim = given.ports.consumerPositions().tryClaim(consumer, new ChangePosition(7, 7)).orElseThrow()) {
            reset = CompletableFuture.runAsync(() -> given.ports.consumerPositions().reset(consumer, replayFrom));
            Thread.sleep(200);
            assertThat(reset).as("the reset while the claim is open").isNotDone();
            claim.advance(new ChangePosition(8, 8));
        }
        reset.get(10, TimeUnit.SECONDS);

        assertThat(given.ports.consumerPositions().positions()).containsEntry(consumer, replayFrom);
        given.ports.consumerPositions().forget(consumer);
    }

    private static ConsumerName newConsumer() {
        return new ConsumerName("contract:" + UUID.randomUUID());
    }

    /** Every change after {@code start} about one of {@code subjects}, of every class, a page of 100 at a time. */
    private List<LoggedChange> changesAfter(ChangePosition start, Set<ChangeSubject> subjects) {
        return changesAfter(start, subjects, EVERY_CLASS, 100);
    }

    /**
     * Like {@link #changesAfter(ChangePosition, Set)}, once at least {@code expected} of them can be
     * read. A log read only below the oldest transaction in flight lags any commit by as long as an
     * unrelated transaction of the same server is open (an autovacuum's analyze is one), so a test
     * that reads its own commits at once may find them not yet readable; it waits for them, bounded.
     */
    private List<LoggedChange> changesAfter(ChangePosition start, Set<ChangeSubject> subjects, int expected) {
        long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
        List<LoggedChange> read = changesAfter(start, subjects);
        while (read.size() < expected && System.nanoTime() < deadline) {
            pause();
            read = changesAfter(start, subjects);
        }
        return read;
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the log", e);
        }
    }

    private List<LoggedChange> changesAfter(ChangePosition start, Set<ChangeSubject> subjects, Set<PrivacyClass> classes, int pageSize) {
        List<LoggedChange> all = new ArrayList<>();
        ChangePosition after = start;
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            List<LoggedChange> page = given.ports.changeLog().readAfter(after, pageSize, classes);
            if (page.isEmpty()) {
                return all.stream().filter(change -> subjects.contains(change.event().subject())).toList();
            }
            all.addAll(page);
            after = page.get(page.size() - 1).position();
        }
        throw new AssertionError("the log did not end after " + MAX_PAGES + " pages");
    }

    private static void assertInLogOrder(List<LoggedChange> changes) {
        for (int i = 1; i < changes.size(); i++) {
            assertThat(changes.get(i).position().isAfter(changes.get(i - 1).position()))
                    .as("%s after %s", changes.get(i).position(), changes.get(i - 1).position()).isTrue();
        }
    }

    private static Summary summary(ChangeEvent event) {
        return new Summary(event.type(), event.subject(), event.actor(), event.data());
    }

    private static Summary removal(ChangeType type, UserId deleted, UserId other, Map<String, String> data) {
        Map<String, String> withCause = new LinkedHashMap<>(data);
        withCause.put("cause", ChangeEvents.CAUSE_USER_DELETED);
        return new Summary(type, ChangeSubject.of(UserPair.of(deleted, other)), ADMINISTRATOR, withCause);
    }

    /** A change less its id and time, which a test cannot know in advance. */
    private record Summary(ChangeType type, ChangeSubject subject, UserId actor, Map<String, String> data) {
    }
}
