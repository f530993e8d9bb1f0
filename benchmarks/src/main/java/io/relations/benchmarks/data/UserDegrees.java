package io.relations.benchmarks.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Every user's follower and following count, summed once from the striped counters into a
 * temporary table of this connection: the questions "who is followed most", "who is typical"
 * then cost a scan of one row per user instead of sixteen.
 */
final class UserDegrees {

    /** One user's counts. */
    record Degree(UUID user, long followers, long following) {
    }

    private static final String TABLE = "user_degrees";

    private final Connection connection;

    private UserDegrees(Connection connection) {
        this.connection = connection;
    }

    static UserDegrees of(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists " + TABLE);
            statement.execute("create temporary table " + TABLE + " " + """
                     as select u.id as user_id, coalesce(sum(s.followers), 0)::bigint as followers,
                               coalesce(sum(s.following), 0)::bigint as following
                     from phoenix_kit_users u left join phoenix_kit_user_stats_stripes s on s.user_id = u.id
                     group by u.id""");
            statement.execute("analyze " + TABLE);
        }
        return new UserDegrees(connection);
    }

    List<Degree> mostFollowed(int count) throws SQLException {
        return degrees("select * from " + TABLE + " order by followers desc, user_id limit ?", count);
    }

    List<Degree> mostFollowing(int count) throws SQLException {
        return degrees("select * from " + TABLE + " order by following desc, user_id limit ?", count);
    }

    /** The user with the most of the smaller of the two counts: both lists are long. */
    Degree mostFollowedAndFollowing() throws SQLException {
        return degrees("select * from " + TABLE + " order by least(followers, following) desc, user_id limit ?", 1).get(0);
    }

    /** A user whose follower count is the median of all users' (the first such by id). */
    Degree typical() throws SQLException {
        long median = percentilesOfFollowers(0.5)[0];
        return degrees("select * from " + TABLE + " where followers = ? order by user_id limit 1", median).get(0);
    }

    Degree withHandle(String handle) throws SQLException {
        return degrees("select d.* from " + TABLE + " d join phoenix_kit_users u on u.id = d.user_id where u.handle = ? limit 1", handle).get(0);
    }

    /** The follower counts at these fractions of all users, lowest first (percentile_disc). */
    long[] percentilesOfFollowers(double... fractions) throws SQLException {
        return percentiles("followers", fractions);
    }

    long[] percentilesOfFollowing(double... fractions) throws SQLException {
        return percentiles("following", fractions);
    }

    private long[] percentiles(String column, double... fractions) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select percentile_disc(?::float8[]) within group (order by " + column + ") from " + TABLE)) {
            Double[] boxed = new Double[fractions.length];
            for (int i = 0; i < fractions.length; i++) {
                boxed[i] = fractions[i];
            }
            query.setArray(1, connection.createArrayOf("float8", boxed));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                Object[] values = (Object[]) rows.getArray(1).getArray();
                long[] result = new long[values.length];
                for (int i = 0; i < values.length; i++) {
                    result[i] = ((Number) values[i]).longValue();
                }
                return result;
            }
        }
    }

    private List<Degree> degrees(String sql, Object parameter) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            List<Degree> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new Degree(rows.getObject("user_id", UUID.class), rows.getLong("followers"), rows.getLong("following")));
                }
            }
            if (found.isEmpty()) {
                throw new IllegalStateException("no user found by: " + sql + " with " + parameter);
            }
            return found;
        }
    }
}
