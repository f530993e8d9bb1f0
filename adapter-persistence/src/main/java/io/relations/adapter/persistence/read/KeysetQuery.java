package io.relations.adapter.persistence.read;

import io.relations.adapter.persistence.schema.SchemaPlacement;
import io.relations.application.model.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Every list the API serves, as SQL: newest first on (time, id), after the cursor's (time, id),
 * {@code limit + 1} rows so that the extra one tells whether a next page exists. Each walks a
 * keyset index of V1, so a page costs the same wherever it is in the list.
 *
 * <p>Where the owner may be either party of a row (accepted connections, history), each party has
 * its own index and the query is a union of two branches that name their party column "party".
 * Every filter stands outside the union on purpose: pushed down from there, PostgreSQL knows the
 * party column is constant in each branch, so each (partial) index scan is already in list order
 * and the two are merged (Merge Append) without a sort. Written inside the branches, the same
 * filters make the planner sort the union instead (PostgreSQL 17, checked with EXPLAIN).
 *
 * <p>Parameters, in order: the owner, the cursor's time and id when there is a cursor, the row limit.
 */
public enum KeysetQuery {

    FOLLOWERS("{h-schema}phoenix_kit_user_follows", "inserted_at", "", "followed_id"),
    FOLLOWING("{h-schema}phoenix_kit_user_follows", "inserted_at", "", "follower_id"),
    /** Newest connection first, whichever side asked. */
    CONNECTIONS("{h-schema}phoenix_kit_user_connections", "responded_at", "status = 'accepted'", "requester_id", "recipient_id"),
    INCOMING_REQUESTS("{h-schema}phoenix_kit_user_connections", "requested_at", "status = 'pending'", "recipient_id"),
    OUTGOING_REQUESTS("{h-schema}phoenix_kit_user_connections", "requested_at", "status = 'pending'", "requester_id"),
    BLOCKS("{h-schema}phoenix_kit_user_blocks", "inserted_at", "", "blocker_id"),
    FOLLOWS_HISTORY("{h-schema}phoenix_kit_user_follows_history", "inserted_at", "", "follower_id", "followed_id"),
    CONNECTIONS_HISTORY("{h-schema}phoenix_kit_user_connections_history", "inserted_at", "", "user_a_id", "user_b_id"),
    BLOCKS_HISTORY("{h-schema}phoenix_kit_user_blocks_history", "inserted_at", "", "blocker_id", "blocked_id"),
    /** The blocks and unblocks a user made: what they read of their own blocks history. */
    BLOCKS_HISTORY_AS_BLOCKER("{h-schema}phoenix_kit_user_blocks_history", "inserted_at", "", "blocker_id");

    private final String table;
    private final String timeColumn;
    private final String condition;
    private final List<String> ownerColumns;

    KeysetQuery(String table, String timeColumn, String condition, String... ownerColumns) {
        this.table = table;
        this.timeColumn = timeColumn;
        this.condition = condition;
        this.ownerColumns = List.of(ownerColumns);
    }

    /**
     * The SQL of the first page, or of a page after a cursor. The cursor is a row comparison,
     * which PostgreSQL turns into the start of the index scan rather than a filter.
     */
    public String sql(boolean afterCursor) {
        String rows = ownerColumns.size() == 1
                ? table + " r where r." + ownerColumns.get(0) + " = ?"
                : "(\n    " + branch(ownerColumns.get(0)) + "\n    union all\n    " + branch(ownerColumns.get(1)) + "\n) r where r.party = ?";
        return "select r.* from " + rows + (condition.isEmpty() ? "" : " and r." + condition)
                + " and " + (afterCursor ? "(r." + timeColumn + ", r.id) < (?, ?)" : "true")
                + "\norder by r." + timeColumn + " desc, r.id desc limit ?";
    }

    private String branch(String partyColumn) {
        return "select t.*, t." + partyColumn + " as party from " + table + " t";
    }

    /** The column the list is ordered by (newest first), with the row id breaking ties. */
    public String timeColumn() {
        return timeColumn;
    }

    /** The SQL of this page through plain JDBC, in the connection's current schema: for the plan checks. */
    public String sql(PageRequest page) {
        return SchemaPlacement.DEFAULT.nativeSql(sql(page.after().isPresent()));
    }

    /** The parameters of {@link #sql(PageRequest)}, in order. */
    public List<Object> parameters(UUID owner, PageRequest page) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(owner);
        page.after().ifPresent(cursor -> {
            parameters.add(cursor.at());
            parameters.add(cursor.id());
        });
        parameters.add(page.limit() + 1);
        return parameters;
    }
}
