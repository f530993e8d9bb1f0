package io.relations.benchmarks.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a loaded data set looks like, printed as {@code SHAPE} lines: row counts, the most
 * followed and most following users, percentiles of both counts, the two role users. Also checks
 * what the generator promised: the celebrity's and the ten-followers user's exact counts, and
 * counters that add up to the edges.
 */
final class DataSetShape {

    private static final double[] FRACTIONS = {0.5, 0.9, 0.99, 0.999};
    private static final int TOP = 5;

    private DataSetShape() {
    }

    static void printAndCheck(Connection connection, DataSetSize size) throws SQLException {
        String label = size.label();
        long users = count(connection, "select count(*) from phoenix_kit_users");
        long follows = count(connection, "select count(*) from phoenix_kit_user_follows");
        long history = count(connection, "select count(*) from phoenix_kit_user_follows_history");
        long counted = count(connection, "select coalesce(sum(followers), 0) from phoenix_kit_user_stats_stripes");
        long countedFollowing = count(connection, "select coalesce(sum(following), 0) from phoenix_kit_user_stats_stripes");
        System.out.printf("SHAPE %s users=%d follows=%d follow_history=%d counted_followers=%d counted_following=%d%n",
                label, users, follows, history, counted, countedFollowing);

        UserDegrees degrees = UserDegrees.of(connection);
        UserDegrees.Degree celebrity = degrees.withHandle(GeneratedUsers.CELEBRITY_HANDLE);
        UserDegrees.Degree ten = degrees.withHandle(GeneratedUsers.TEN_FOLLOWERS_HANDLE);
        System.out.printf("SHAPE %s most followed: %s%n", label, followers(degrees.mostFollowed(TOP)));
        System.out.printf("SHAPE %s most following: %s%n", label, following(degrees.mostFollowing(TOP)));
        System.out.printf("SHAPE %s followers per user at p50/p90/p99/p99.9: %s; following: %s%n", label,
                Arrays.toString(degrees.percentilesOfFollowers(FRACTIONS)), Arrays.toString(degrees.percentilesOfFollowing(FRACTIONS)));
        System.out.printf("SHAPE %s celebrity %s followers=%d; ten-followers user %s followers=%d%n",
                label, celebrity.user(), celebrity.followers(), ten.user(), ten.followers());

        require(follows == size.edges(), "follows " + follows + " != " + size.edges());
        require(history == follows, "history rows " + history + " != follows " + follows);
        require(counted == follows && countedFollowing == follows, "the counters do not add up to the follows");
        require(celebrity.followers() == size.celebrityFollowers(), "the celebrity has " + celebrity.followers() + " followers");
        require(ten.followers() == DataSetSize.TEN, "the ten-followers user has " + ten.followers() + " followers");
        System.out.printf("SHAPE %s checks passed: %d edges, history one row per edge, counters add up, role users exact%n",
                label, follows);
    }

    private static String followers(List<UserDegrees.Degree> degrees) {
        return degrees.stream().map(d -> String.format("%,d", d.followers())).collect(Collectors.joining(", "));
    }

    private static String following(List<UserDegrees.Degree> degrees) {
        return degrees.stream().map(d -> String.format("%,d", d.following())).collect(Collectors.joining(", "));
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void require(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException("the data set is not as generated: " + failure);
        }
    }
}
