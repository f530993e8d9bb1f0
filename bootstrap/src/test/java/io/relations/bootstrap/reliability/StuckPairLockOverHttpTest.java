package io.relations.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.persistence.ConnectionPool;
import io.relations.adapter.persistence.LockNamespace;
import io.relations.adapter.persistence.transaction.PairLockKey;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The HTTP side of a stuck lock (the persistence side is StuckLocksOnPostgresTest): a 503 after the lock timeout, not a hang. */
@ExtendWith(ReliabilityServices.Shared.class)
class StuckPairLockOverHttpTest {

    private final ServiceUnderTest service;

    StuckPairLockOverHttpTest(ServiceUnderTest service) {
        this.service = service;
    }

    @Test
    void a_command_on_a_pair_locked_from_outside_is_answered_503_after_the_lock_timeout_and_works_once_the_lock_is_gone() throws Exception {
        // given someone outside the service holds the pair's lock
        LoadClient client = new LoadClient(service.port());
        Crowd users = Crowd.registered(2, client);
        UserId alice = users.get(0);
        UserId bob = users.get(1);
        TableSnapshot before = TableSnapshot.of(service.dataSource());
        Answer stuck;
        TableSnapshot after;
        try (Connection outsider = service.dataSource().getConnection();
             PreparedStatement lock = outsider.prepareStatement("select pg_advisory_lock(?, ?)")) {
            lock.setInt(1, LockNamespace.DEFAULT.value());
            lock.setInt(2, PairLockKey.of(UserPair.of(alice, bob)));
            lock.execute();

            // when a command comes for that pair
            stuck = client.send(Route.FOLLOW, bob, users.token(alice));
            after = TableSnapshot.of(service.dataSource());
        }
        Answer afterwards = client.send(Route.FOLLOW, bob, users.token(alice));

        // then it is answered 503 after the lock timeout, changes nothing, and works once the lock is gone
        Duration waited = Duration.ofNanos(stuck.tookNanos());
        int rowsChanged = after.rowsChangedSince(before);
        new Figures("stuck pair lock over HTTP", "1 command on a pair locked from outside", waited, 0,
                service.invariantViolations().size(), rowsChanged, "answered " + stuck.status() + " " + stuck.problem() + " after "
                + waited.toMillis() + " ms (lock timeout " + ConnectionPool.LOCK_TIMEOUT.toMillis() + " ms), then " + afterwards.status()).print();
        assertThat(stuck.status()).as("%s", stuck).isEqualTo(503);
        assertThat(stuck.problem()).isEqualTo("unavailable");
        assertThat(stuck.retryAfter()).isNotBlank();
        assertThat(waited).isBetween(ConnectionPool.LOCK_TIMEOUT.minusMillis(200), ConnectionPool.LOCK_TIMEOUT.plusSeconds(3));
        assertThat(rowsChanged).isZero();
        assertThat(afterwards.status()).isEqualTo(200);
        assertThat(afterwards.json().path("following").asBoolean()).isTrue();
    }
}
