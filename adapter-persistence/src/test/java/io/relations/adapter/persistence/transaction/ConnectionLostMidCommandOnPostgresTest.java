package io.relations.adapter.persistence.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.relations.adapter.persistence.Database;
import io.relations.adapter.persistence.LockNamespace;
import io.relations.adapter.persistence.support.RelationsOnPostgres;
import io.relations.application.model.RecordedEvent;
import io.relations.domain.event.UserFollowed;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Regression, found by the database outage test of the bootstrap: when the connection died under
 * a command, Hibernate's {@code find} answered null instead of failing (HHH-12472: the failed
 * statement had marked the transaction rollback-only), the module read as switched off, and the
 * commit then failed on the closed connection with nothing to say the database was gone: a 500.
 */
class ConnectionLostMidCommandOnPostgresTest {

    @RegisterExtension
    static final RelationsOnPostgres relations = RelationsOnPostgres.perTestClass(3);

    @Test
    void recording_on_a_connection_lost_mid_command_fails_as_unavailable() {
        // given a command's transaction whose connection is ended from outside
        UserId alice = relations.newUser();
        UserId bob = relations.newUser();
        UserPair pair = UserPair.of(alice, bob);

        // when
        Throwable failure = catchThrowable(() -> relations.persistence().pairTransactions().withPairLocked(alice, bob, locked -> {
            terminateTheSessionHolding(PairLockKey.of(pair));
            locked.record(List.of(new RecordedEvent(relations.persistence().idGenerator().newId(), new UserFollowed(alice, bob), Instant.now())));
            return "recorded";
        }));

        // then
        assertThat(failure).isNotNull();
        assertThat(Database.isUnavailable(failure)).as("recognised as unavailable: %s", failure).isTrue();
    }

    /** The two-key form of an advisory lock shows in pg_locks as its two keys (unsigned), objsubid 2. */
    private static void terminateTheSessionHolding(int pairLockKey) {
        relations.sql().rows("""
                select pg_terminate_backend(pid, 5000) from pg_locks
                where locktype = 'advisory' and granted and objsubid = 2 and classid::bigint = ? and objid::bigint = ?""",
                Integer.toUnsignedLong(LockNamespace.DEFAULT.value()), Integer.toUnsignedLong(pairLockKey));
    }
}
