package io.relations.bootstrap.roundtrips;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServerLogLinesTest {

    @Test
    void statements_of_both_protocols_are_read_with_their_backend_and_prepared_name_and_parameters_are_skipped() {
        // given
        List<String> lines = List.of(
                "2026-12-01 12:00:00.001 UTC [101] LOG:  execute <unnamed>: BEGIN",
                "2026-12-01 12:00:00.002 UTC [101] LOG:  execute S_3: select f.id from phoenix_kit_user_follows f",
                "\twhere f.follower_id = $1",
                "2026-12-01 12:00:00.002 UTC [101] DETAIL:  Parameters: $1 = '0190a5b4-0000-7000-8000-00000000a11c'",
                "2026-12-01 12:00:00.003 UTC [202] LOG:  statement: COMMIT",
                "2026-12-01 12:00:00.004 UTC [303] LOG:  checkpoint starting: time",
                "2026-12-01 12:00:00.005 UTC [101] LOG:  execute <unnamed>: ");

        // when
        List<LoggedStatement> statements = ServerLogLines.statements(lines);

        // then
        assertThat(statements).containsExactly(
                new LoggedStatement(101, "<unnamed>", "BEGIN"),
                new LoggedStatement(101, "S_3", "select f.id from phoenix_kit_user_follows f\nwhere f.follower_id = $1"),
                new LoggedStatement(202, "", "COMMIT"),
                new LoggedStatement(101, "<unnamed>", ""));
        assertThat(statements.get(0).isTransactionControl()).isTrue();
        assertThat(statements.get(1).isNamedPrepared()).isTrue();
        assertThat(statements.get(3).isConnectionCheck()).isTrue();
    }

    @Test
    void a_prefix_with_user_and_database_and_a_named_portal_are_read_too() {
        // given Debian's log_line_prefix '%m [%p] %q%u@%d ', and a fetch from a named portal
        List<String> lines = List.of("2026-12-01 12:00:00.001 UTC [4242] relations@relations LOG:  execute S_1/C_2: select 1");

        // when
        List<LoggedStatement> statements = ServerLogLines.statements(lines);

        // then
        assertThat(statements).containsExactly(new LoggedStatement(4242, "S_1", "select 1"));
    }
}
