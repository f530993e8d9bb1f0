package io.relations.adapter.persistence;

import static io.relations.adapter.persistence.support.Outcomes.denial;
import static io.relations.adapter.persistence.support.Outcomes.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.adapter.persistence.check.InvariantChecker;
import io.relations.adapter.persistence.support.RelationsOnPostgres;
import io.relations.adapter.persistence.support.Tables;
import io.relations.application.model.Denial;
import io.relations.application.model.Outcome;
import io.relations.application.model.PageRequest;
import io.relations.application.model.RelationshipLookup;
import io.relations.application.model.RequestDirection;
import io.relations.domain.decision.Refusal;
import io.relations.domain.decision.Reader;
import io.relations.domain.event.HistoryKind;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Tombstones (schema V3): what deleting a user leaves, what it refuses, and who may lift it. */
class DeletedUsersOnPostgresTest {

    private static final UserId ADMIN = RelationsOnPostgres.ADMINISTRATOR;
    private static final UserId OTHER_ADMIN = UserId.parse("01900000-0000-7000-8000-00000000ad09");

    @RegisterExtension
    static final RelationsOnPostgres relations = RelationsOnPostgres.perTestClass(4);

    @Test
    void deleting_a_user_leaves_a_tombstone_and_a_history_row_naming_the_administrator_in_the_same_transaction() {
        // given
        UserId alice = relations.newUser();
        Tables tables = new Tables(relations.sql()).named(alice, "alice").named(ADMIN, "admin");

        // when
        boolean deleted = relations.administration().deleteUser(alice, ADMIN);

        // then the tombstone and its history row carry the deletion's transaction time
        assertThat(deleted).isTrue();
        assertThat(tables.deletedUsers()).containsExactly("alice by admin");
        assertThat(tables.deletedUsersHistory()).containsExactly("alice by admin: delete");
        assertThat(relations.sql().count("""
                select count(*) from phoenix_kit_deleted_users d join phoenix_kit_deleted_users_history h
                  on h.user_id = d.user_id and h.inserted_at = d.deleted_at where d.user_id = ?""", alice.value())).isEqualTo(1);
        assertThat(relations.isRegistered(alice)).isFalse();
        assertThat(InvariantChecker.violations(relations.dataSource())).isEmpty();
    }

    @Test
    void a_deletion_whose_history_row_cannot_be_written_deletes_nothing() {
        // given a history table that refuses every new row
        UserId alice = relations.newUser();
        relations.sql().execute("alter table phoenix_kit_deleted_users_history add constraint refuse_all check (false) not valid");
        try {
            // when
            assertThatThrownBy(() -> relations.administration().deleteUser(alice, ADMIN)).isInstanceOf(RuntimeException.class);

            // then the user, and no tombstone, is there: one transaction
            assertThat(relations.isRegistered(alice)).isTrue();
            assertThat(relations.sql().count("select count(*) from phoenix_kit_deleted_users where user_id = ?", alice.value())).isZero();
        } finally {
            relations.sql().execute("alter table phoenix_kit_deleted_users_history drop constraint refuse_all");
        }
    }

    @Test
    void a_deleted_users_first_use_registration_is_refused_and_writes_nothing() {
        // given
        UserId alice = relations.newUser();
        relations.administration().deleteUser(alice, ADMIN);
        List<String> before = new Tables(relations.sql()).snapshot();

        // when
        Outcome<Boolean> registration = relations.administration().registerCaller(alice);

        // then
        assertThat(denial(registration)).isEqualTo(Denial.USER_DELETED);
        assertThat(new Tables(relations.sql()).snapshot()).isEqualTo(before);
    }

    @Test
    void an_administrators_registration_lifts_the_tombstone_is_recorded_and_lets_first_use_pass_again() {
        // given alice deleted by one administrator
        UserId alice = relations.newUser();
        relations.administration().deleteUser(alice, ADMIN);
        Tables tables = new Tables(relations.sql()).named(alice, "alice").named(ADMIN, "admin").named(OTHER_ADMIN, "other admin");

        // when another registers her again
        boolean created = relations.administration().registerUser(alice, OTHER_ADMIN);

        // then
        assertThat(created).isTrue();
        assertThat(tables.deletedUsers()).isEmpty();
        assertThat(tables.deletedUsersHistory()).containsExactly("alice by admin: delete", "alice by other admin: register");
        assertThat(value(relations.administration().registerCaller(alice))).isFalse();
        assertThat(relations.administration().registerUser(alice, OTHER_ADMIN)).isFalse();
        assertThat(tables.deletedUsersHistory()).hasSize(2);
        assertThat(InvariantChecker.violations(relations.dataSource())).isEmpty();
    }

    @Test
    void a_first_use_registration_of_a_new_user_registers_them_once() {
        UserId newcomer = UserId.of(java.util.UUID.randomUUID());

        assertThat(value(relations.administration().registerCaller(newcomer))).isTrue();
        assertThat(value(relations.administration().registerCaller(newcomer))).isFalse();
        assertThat(relations.isRegistered(newcomer)).isTrue();
    }

    /**
     * What another process still believing the user registered would do: call the use cases
     * directly. Every command and query is refused, and no table changes.
     */
    @Test
    void every_command_and_query_of_a_deleted_user_is_refused_and_recreates_nothing() {
        // given
        UserId alice = relations.newUser();
        UserId bob = relations.newUser();
        value(relations.commands().follow(alice, bob));
        relations.administration().deleteUser(alice, ADMIN);
        List<String> before = new Tables(relations.sql()).snapshot();
        PageRequest page = PageRequest.first(20);
        List<Supplier<Outcome<?>>> calls = List.of(
                () -> relations.commands().follow(alice, bob),
                () -> relations.commands().unfollow(alice, bob),
                () -> relations.commands().removeFollower(alice, bob),
                () -> relations.commands().requestConnection(alice, bob),
                () -> relations.commands().acceptConnectionRequest(alice, bob),
                () -> relations.commands().rejectConnectionRequest(alice, bob),
                () -> relations.commands().cancelConnectionRequest(alice, bob),
                () -> relations.commands().removeConnection(alice, bob),
                () -> relations.commands().block(alice, bob, BlockReason.NONE),
                () -> relations.commands().unblock(alice, bob),
                () -> relations.queries().listFollowers(alice, bob, page),
                () -> relations.queries().listFollowing(alice, alice, page),
                () -> relations.queries().listConnections(alice, bob, page),
                () -> relations.queries().userStats(alice, bob),
                () -> relations.queries().listConnectionRequests(alice, RequestDirection.OUTGOING, page),
                () -> relations.queries().listBlocks(alice, Reader.OWNER, page),
                () -> relations.queries().history(alice, Reader.OWNER, HistoryKind.FOLLOWS, page),
                () -> relations.queries().lookUpRelationships(alice, new RelationshipLookup(List.of(bob))));

        // when / then
        for (Supplier<Outcome<?>> call : calls) {
            assertThat(denial(call.get())).isEqualTo(Denial.USER_DELETED);
        }
        assertThat(new Tables(relations.sql()).snapshot()).isEqualTo(before);
    }

    /**
     * The race the registration lock closes: a first-use registration that checked for the
     * tombstone before the deletion committed must not insert the user once it has. Each round
     * deletes a user while four threads keep registering them on first use; bounded in rounds,
     * in registrations per thread, and in time.
     */
    @Test
    void first_use_registrations_racing_a_deletion_never_register_the_deleted_user_again() throws Exception {
        int rounds = 20;
        Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < rounds; round++) {
                // given
                UserId user = relations.newUser();
                List<Future<?>> registrations = new ArrayList<>();
                CountDownLatch underWay = new CountDownLatch(4);
                for (int thread = 0; thread < 4; thread++) {
                    registrations.add(threads.submit(() -> {
                        for (int attempt = 0; attempt < 25; attempt++) {
                            Outcome<Boolean> outcome = relations.administration().registerCaller(user);
                            String seen = outcome.fold(created -> created ? "registered anew" : "already registered", Refusal::code, Denial::code);
                            outcomes.computeIfAbsent(seen, key -> new LongAdder()).increment();
                            underWay.countDown();
                        }
                    }));
                }

                // when the deletion comes while they register
                assertThat(underWay.await(1, TimeUnit.MINUTES)).isTrue();
                relations.administration().deleteUser(user, ADMIN);
                for (Future<?> registration : registrations) {
                    registration.get(1, TimeUnit.MINUTES);
                }

                // then
                assertThat(relations.isRegistered(user)).as("round %d", round).isFalse();
                assertThat(denial(relations.administration().registerCaller(user))).isEqualTo(Denial.USER_DELETED);
            }
        } finally {
            threads.shutdownNow();
        }
        System.out.println("first-use registrations racing " + rounds + " deletions: " + outcomes);
        assertThat(outcomes).doesNotContainKey("registered anew");
        assertThat(InvariantChecker.violations(relations.dataSource())).isEmpty();
    }
}
