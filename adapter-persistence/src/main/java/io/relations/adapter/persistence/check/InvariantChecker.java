package io.relations.adapter.persistence.check;

import io.relations.adapter.persistence.schema.SchemaPlacement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Checks a whole database against the kernel's invariants (DESIGN §2) and the counters: no self
 * rows; no block beside a follow or a connection, either way; one connection per unordered pair
 * at most; every user's counts equal to their rows; the history replays into the current rows;
 * no deleted user registered, and the deleted users' history replays into their tombstones; every
 * history row has its change in the change log, in the pair's order, unless retention removed it,
 * and retention and the consumers agree with the log.
 * For tests and operations; it reads every row, so not for a hot path. All its queries share one
 * snapshot (repeatable read): it may run beside live commands and judges the state at its start.
 */
public final class InvariantChecker {

    private InvariantChecker() {
    }

    /** {@return one line per violation in the connection's current schema; empty when all invariants hold} */
    public static List<String> violations(DataSource dataSource) {
        return violations(dataSource, SchemaPlacement.DEFAULT);
    }

    /**
     * The same for the tables of {@code placement}: its schema is the check's {@code search_path}
     * ({@code set local}, for the check's own transaction only).
     *
     * @return one line per violation; empty when all invariants hold
     */
    public static List<String> violations(DataSource dataSource, SchemaPlacement placement) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                if (placement.schema().isPresent()) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("set local search_path to " + placement.schema().get());
                    }
                }
                List<String> violations = new ArrayList<>(TableChecks.violations(connection));
                violations.addAll(ReplayCheck.violations(connection));
                violations.addAll(ChangeLogChecks.violations(connection));
                return violations;
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("checking the invariants failed: " + e.getMessage(), e);
        }
    }
}
