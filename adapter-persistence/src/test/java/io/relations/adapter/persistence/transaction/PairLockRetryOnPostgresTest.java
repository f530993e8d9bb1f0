package io.relations.adapter.persistence.transaction;

import static io.relations.adapter.persistence.support.Outcomes.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.adapter.persistence.support.RelationsOnPostgres;
import io.relations.adapter.persistence.support.Tables;
import io.relations.application.model.RecordedEvent;
import io.relations.domain.event.UserFollowed;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PairLockRetryOnPostgresTest {

    @RegisterExtension
    static final RelationsOnPostgres relations = RelationsOnPostgres.perTestClass(2);

    @Test
    void a_unique_violation_inside_the_lock_rolls_back_and_the_work_runs_again() {
        // given alice already follows bob
        UserId alice = relations.newUser();
        UserId bob = relations.newUser();
        value(relations.commands().follow(alice, bob));
        Tables tables = new Tables(relations.sql());
        List<String> before = tables.snapshot();
        AtomicInteger attempts = new AtomicInteger();

        // when the first attempt records the same follow again, as a racing writer would
        String result = relations.persistence().pairTransactions().withPairLocked(alice, bob, locked -> {
            if (attempts.incrementAndGet() == 1) {
                locked.record(List.of(
                        new RecordedEvent(relations.persistence().idGenerator().newId(), new UserFollowed(alice, bob), Instant.now())));
            }
            return "second attempt done";
        });

        // then the first attempt left nothing behind, and the caller only saw the second
        assertThat(result).isEqualTo("second attempt done");
        assertThat(attempts).hasValue(2);
        assertThat(tables.snapshot()).isEqualTo(before);
    }

    @Test
    void a_failure_a_retry_cannot_cure_rolls_back_once_and_reaches_the_caller() {
        // given
        UserId alice = relations.newUser();
        UserId bob = relations.newUser();
        Tables tables = new Tables(relations.sql());
        List<String> before = tables.snapshot();
        AtomicInteger attempts = new AtomicInteger();

        // when
        assertThatThrownBy(() -> relations.persistence().pairTransactions().withPairLocked(alice, bob, locked -> {
            attempts.incrementAndGet();
            locked.record(List.of(
                    new RecordedEvent(relations.persistence().idGenerator().newId(), new UserFollowed(alice, bob), Instant.now())));
            throw new IllegalStateException("a bug, not a race");
        })).hasMessage("a bug, not a race");

        // then
        assertThat(attempts).hasValue(1);
        assertThat(tables.snapshot()).isEqualTo(before);
    }
}
