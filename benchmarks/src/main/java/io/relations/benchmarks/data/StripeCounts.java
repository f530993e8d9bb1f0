package io.relations.benchmarks.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fills {@code phoenix_kit_user_stats_stripes} from the loaded follows in one statement, as if
 * every follow had gone through the service: a follow A -> B counts one follower of B on the
 * stripe of A and one followed user of A on the stripe of B. The stripes come from the service's
 * own {@code CounterStripe}, computed in Java and loaded into {@link FollowRowsLoader#USER_STRIPES_TABLE}.
 */
final class StripeCounts {

    private static final String FILL = """
            insert into phoenix_kit_user_stats_stripes (user_id, stripe, followers, following, connections)
            select user_id, stripe, sum(followers), sum(following), 0
            from (
                select f.followed_id as user_id, s.stripe, 1 as followers, 0 as following
                from phoenix_kit_user_follows f join %1$s s on s.user_id = f.follower_id
                union all
                select f.follower_id, s.stripe, 0, 1
                from phoenix_kit_user_follows f join %1$s s on s.user_id = f.followed_id
            ) as edges
            group by user_id, stripe""".formatted(FollowRowsLoader.USER_STRIPES_TABLE);

    private StripeCounts() {
    }

    /** @return the stripe rows written; {@code connection} must be the one holding the stripes table */
    static int fill(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(FILL);
        }
    }
}
