package io.relations.bootstrap.reliability;

import io.relations.application.change.ChangePosition;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * What committed, as PostgreSQL holds it: the rows of the change log in the log's order (by
 * transaction, then sequence). What a client was answered does not count here: a command killed
 * in flight may have committed, and one answered 200 may have been a no-op that logged nothing.
 *
 * @param inOrder the changes in log order
 */
record CommittedChanges(List<Change> inOrder) {

    /** One row of the log: its event id, its subject's key (the unit of order), its position, and what a failed check shows. */
    record Change(String id, String subject, ChangePosition position, String type, String occurredAt) {
    }

    /** Ordered by the table's columns ({@code l.}): unqualified, the names would be the text columns of the select list. */
    private static final String LOG = "select l.id::text, l.subject, l.transaction_id::text, l.sequence_id, l.type, l.occurred_at::text"
            + " from phoenix_kit_change_log as l order by l.transaction_id, l.sequence_id";
    private static final String HISTORY = "select id::text from phoenix_kit_user_follows_history"
            + " union all select id::text from phoenix_kit_user_connections_history"
            + " union all select id::text from phoenix_kit_user_blocks_history";

    CommittedChanges {
        inOrder = List.copyOf(inOrder);
    }

    static CommittedChanges read(DataSource database) throws SQLException {
        List<Change> changes = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(LOG)) {
            while (rows.next()) {
                changes.add(new Change(rows.getString(1), rows.getString(2),
                        new ChangePosition(Long.parseLong(rows.getString(3)), rows.getLong(4)), rows.getString(5), rows.getString(6)));
            }
        }
        return new CommittedChanges(changes);
    }

    /** The changes after {@code start}: what a consumer that starts there must receive. */
    CommittedChanges after(ChangePosition start) {
        return new CommittedChanges(inOrder.stream().filter(change -> change.position().isAfter(start)).toList());
    }

    Set<String> ids() {
        return inOrder.stream().map(Change::id).collect(Collectors.toSet());
    }

    int size() {
        return inOrder.size();
    }

    /** The last change's position, or {@link ChangePosition#START} for an empty log. */
    ChangePosition end() {
        return inOrder.isEmpty() ? ChangePosition.START : inOrder.get(inOrder.size() - 1).position();
    }

    /**
     * The ids of relationship history rows that have no change in the log (a change's event id is
     * its history row's id): a committed change the log would never publish.
     */
    List<String> historyMissingFromLog(DataSource database) throws SQLException {
        Set<String> logged = new HashSet<>(ids());
        List<String> missing = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(HISTORY)) {
            while (rows.next()) {
                if (!logged.contains(rows.getString(1))) {
                    missing.add(rows.getString(1));
                }
            }
        }
        return missing;
    }
}
