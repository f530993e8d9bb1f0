package io.relations.benchmarks.data;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Streams the generated data set into the tables with binary COPY: the users (and, into a
 * temporary table, each user's counter stripe), then the follows and their history together,
 * one COPY each on its own connection, so PostgreSQL parses and stores both at once.
 *
 * <p>Follows and history are truncated in the transaction of their COPY, which lets the COPY
 * {@code freeze} the rows: they are written already visible to every transaction, so the first
 * reads do not rewrite every page to set hint bits, and VACUUM has nothing left to freeze.
 */
final class FollowRowsLoader {

    /** Made on the first connection only; the counter query joins it. */
    static final String USER_STRIPES_TABLE = "user_stripes";

    private static final String USERS = "copy phoenix_kit_users (id, handle, inserted_at, updated_at) from stdin (format binary)";
    private static final String USER_STRIPES = "copy " + USER_STRIPES_TABLE + " (user_id, stripe) from stdin (format binary)";
    private static final String FOLLOWS =
            "copy phoenix_kit_user_follows (id, follower_id, followed_id, inserted_at) from stdin (format binary, freeze)";
    private static final String FOLLOWS_HISTORY = "copy phoenix_kit_user_follows_history "
            + "(id, follower_id, followed_id, actor_id, action, inserted_at) from stdin (format binary, freeze)";
    private static final Optional<String> FOLLOW_ACTION = Optional.of("follow");

    /** Rows written per table. */
    record Copied(long follows, long history) {
    }

    private final GeneratedUsers users;
    private final FollowGraph graph;
    private final EdgeStamps stamps;

    FollowRowsLoader(GeneratedUsers users, FollowGraph graph, SplittableRandom random) {
        this.users = users;
        this.graph = graph;
        this.stamps = new EdgeStamps(random);
    }

    /** The users, all registered at the start of the time span; and their stripes into {@link #USER_STRIPES_TABLE}. */
    long copyUsers(Connection connection) throws SQLException, IOException {
        long registeredMicros = EdgeStamps.FIRST.getEpochSecond() * 1_000_000L;
        long copied;
        try (BinaryCopyWriter rows = new BinaryCopyWriter(connection, USERS)) {
            for (int user = 0; user < users.count(); user++) {
                rows.startRow(4);
                rows.uuid(users.mostSignificantBits(user), users.leastSignificantBits(user));
                rows.text(users.handle(user));
                rows.timestamp(registeredMicros);
                rows.timestamp(registeredMicros);
            }
            copied = rows.finish();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temporary table " + USER_STRIPES_TABLE + " (user_id uuid not null, stripe smallint not null)");
        }
        try (BinaryCopyWriter stripes = new BinaryCopyWriter(connection, USER_STRIPES)) {
            for (int user = 0; user < users.count(); user++) {
                stripes.startRow(2);
                stripes.uuid(users.mostSignificantBits(user), users.leastSignificantBits(user));
                stripes.smallint(users.stripe(user));
            }
            stripes.finish();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze " + USER_STRIPES_TABLE);
        }
        return copied;
    }

    /** Every edge into the follows (on {@code follows}) and, as a 'follow' event, into their history (on {@code history}). */
    Copied copyEdges(Connection follows, Connection history) throws Exception {
        follows.setAutoCommit(false);
        history.setAutoCommit(false);
        truncate(follows, "phoenix_kit_user_follows");
        truncate(history, "phoenix_kit_user_follows_history");
        Copied copied;
        try (BinaryCopyWriter followRows = new BinaryCopyWriter(follows, FOLLOWS);
             BinaryCopyWriter historyRows = new BinaryCopyWriter(history, FOLLOWS_HISTORY)) {
            graph.forEachEdge((follower, followed) -> {
                EdgeStamps.Stamp stamp = stamps.next();
                followRows.startRow(4);
                followRows.uuid(stamp.idMostSignificantBits(), stamp.idLeastSignificantBits());
                userField(followRows, follower);
                userField(followRows, followed);
                followRows.timestamp(stamp.epochMicros());

                historyRows.startRow(6);
                historyRows.uuid(stamp.idMostSignificantBits(), stamp.idLeastSignificantBits());
                userField(historyRows, follower);
                userField(historyRows, followed);
                userField(historyRows, follower);
                historyRows.text(FOLLOW_ACTION);
                historyRows.timestamp(stamp.epochMicros());
            });
            copied = new Copied(followRows.finish(), historyRows.finish());
        }
        follows.commit();
        history.commit();
        follows.setAutoCommit(true);
        history.setAutoCommit(true);
        return copied;
    }

    private void userField(BinaryCopyWriter rows, int user) throws IOException {
        rows.uuid(users.mostSignificantBits(user), users.leastSignificantBits(user));
    }

    private static void truncate(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("truncate " + table);
        }
    }
}
