package io.relations.adapter.persistence.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.application.port.out.ValueRejectedException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DataExceptionTest {

    @Test
    void a_data_exception_even_wrapped_becomes_a_rejected_value_that_names_only_the_sql_state() {
        SQLException outOfRange = new SQLException("ERROR: timestamp out of range: \"294277-01-09 04:00:54.775807+00\"\nFORGED", "22008");

        RuntimeException translated = DataException.translated(new IllegalStateException(new RuntimeException(outOfRange)));

        assertThat(translated).isInstanceOf(ValueRejectedException.class).hasNoCause();
        assertThat(translated.getMessage()).contains("22008").doesNotContain("294277", "FORGED", "\n");
        assertThat(translated.getStackTrace()).isEmpty();
    }

    @Test
    void other_failures_leave_as_they_came() {
        RuntimeException lostConnection = new IllegalStateException(new SQLException("connection lost", "08006"));
        RuntimeException noState = new IllegalStateException(new SQLTransientConnectionException("pool timed out"));
        RuntimeException oddState = new IllegalStateException(new SQLException("odd", "22"));
        RuntimeException plain = new IllegalArgumentException("a bug");

        assertThat(DataException.translated(lostConnection)).isSameAs(lostConnection);
        assertThat(DataException.translated(noState)).isSameAs(noState);
        assertThat(DataException.translated(oddState)).isSameAs(oddState);
        assertThat(DataException.translated(plain)).isSameAs(plain);
    }
}
