package io.relations.adapter.persistence.transaction;

import static io.relations.adapter.persistence.support.Outcomes.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.adapter.persistence.ConnectionPool;
import io.relations.adapter.persistence.Database;
import io.relations.adapter.persistence.LockNamespace;
import io.relations.adapter.persistence.support.RelationsOnPostgres;
import io.relations.application.model.Denial;
import io.relations.application.model.Outcome;
import io.relations.application.model.RelationshipChange;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What happens when a lock is held too long: from outside the service, or by a command under way. */
class StuckLocksOnPostgresTest {

    @RegisterExtension
    static final RelationsOnPostgres relations = RelationsOnPostgres.perTestClass(4);

    @Test
    void a_pair_lock_held_from_outside_fails_the_command_after_the_lock_timeout_as_unavailable() throws Exception {
        // given someone outside the service holds the pair's lock
        UserId alice = relations.newUser();
        UserId bob = relations.newUser();
        try (Connection outsider = relations.dataSource().getConnection();
             PreparedStatement lock = outsider.prepareStatement("select pg_advisory_lock(?, ?)")) {
            lock.setInt(1, LockNamespace.DEFAULT.value());
            lock.setInt(2, PairLockKey.of(UserPair.of(alice, bob)));
            lock.execute();

            // when a command on that pair comes in
            long started = System.nanoTime();
            Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> relations.commands().follow(alice, bob));
            Duration waited = Duration.ofNanos(System.nanoTime() - started);

            // then it gives up after the lock timeout, as "unavailable" (503), not a crash or a hang
            System.out.println("command on a pair locked from outside gave up after " + waited.toMillis() + " ms");
            assertThat(failure).isNotNull();
            assertThat(Database.isUnavailable(failure)).as("recognised as unavailable: %s", failure).isTrue();
            assertThat(waited).isBetween(ConnectionPool.LOCK_TIMEOUT.minusMillis(200), ConnectionPool.LOCK_TIMEOUT.plusSeconds(3));
        }
        // and once the outsider is gone, the pair works again
        assertThat(value(relations.commands().follow(alice, bob)).changed()).isTrue();
    }

    @Test
    void switching_the_module_off_waits_for_the_command_under_way_and_every_later_command_is_refused() throws Exception {
        // given a command that holds its pair lock, half way through
        UserId alice = relations.newUser();
        UserId bob = relations.newUser();
        CountDownLatch commandInside = new CountDownLatch(1);
        CountDownLatch letCommandFinish = new CountDownLatch(1);
        CompletableFuture<String> command = CompletableFuture.supplyAsync(() ->
                relations.persistence().pairTransactions().withPairLocked(alice, bob, locked -> {
                    commandInside.countDown();
                    await(letCommandFinish);
                    return "finished";
                }));
        assertThat(commandInside.await(10, TimeUnit.SECONDS)).isTrue();

        // when the module is switched off meanwhile
        CompletableFuture<Void> switchOff = CompletableFuture.runAsync(() -> relations.administration().switchConnections(false, RelationsOnPostgres.ADMINISTRATOR));

        // then the switch waits for the command, and completes once it has committed
        Thread.sleep(300);
        assertThat(switchOff).isNotDone();
        letCommandFinish.countDown();
        assertThat(command.get(10, TimeUnit.SECONDS)).isEqualTo("finished");
        switchOff.get(10, TimeUnit.SECONDS);
        Outcome<RelationshipChange> later = relations.commands().follow(alice, bob);
        assertThat(later).isEqualTo(Outcome.denied(Denial.MODULE_DISABLED));

        relations.administration().switchConnections(true, RelationsOnPostgres.ADMINISTRATOR);
        assertThat(value(relations.commands().follow(alice, bob)).changed()).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
