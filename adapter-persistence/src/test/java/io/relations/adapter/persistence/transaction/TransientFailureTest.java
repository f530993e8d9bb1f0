package io.relations.adapter.persistence.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class TransientFailureTest {

    @Test
    void a_lost_race_on_a_unique_key_is_transient_even_when_wrapped() {
        assertThat(TransientFailure.isTransient(new IllegalStateException(new SQLException("duplicate key", "23505")))).isTrue();
    }

    /** Regression: the pool's timeout has no SQL state, and asking an immutable set for null threw (a 500 instead of a 503). */
    @Test
    void a_failure_without_an_sql_state_is_not_transient() {
        SQLException poolTimedOut = new SQLTransientConnectionException("relations - Connection is not available, request timed out");

        assertThat(TransientFailure.isTransient(new IllegalStateException(poolTimedOut))).isFalse();
    }
}
