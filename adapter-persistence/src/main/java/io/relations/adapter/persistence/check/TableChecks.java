package io.relations.adapter.persistence.check;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The invariants that one query each can state: every row returned is a violation. */
final class TableChecks {

    private static final Map<String, String> CHECKS = new LinkedHashMap<>();

    static {
        CHECKS.put("self follow", "select id from phoenix_kit_user_follows where follower_id = followed_id");
        CHECKS.put("self connection", "select id from phoenix_kit_user_connections where requester_id = recipient_id");
        CHECKS.put("self block", "select id from phoenix_kit_user_blocks where blocker_id = blocked_id");
        CHECKS.put("self follow history", "select id from phoenix_kit_user_follows_history where follower_id = followed_id");
        CHECKS.put("self connection history", "select id from phoenix_kit_user_connections_history where user_a_id = user_b_id");
        CHECKS.put("self block history", "select id from phoenix_kit_user_blocks_history where blocker_id = blocked_id");
        CHECKS.put("follow beside a block", """
                select b.blocker_id, b.blocked_id, f.follower_id, f.followed_id
                from phoenix_kit_user_blocks b join phoenix_kit_user_follows f
                  on (f.follower_id, f.followed_id) in ((b.blocker_id, b.blocked_id), (b.blocked_id, b.blocker_id))""");
        CHECKS.put("connection beside a block", """
                select b.blocker_id, b.blocked_id, c.status
                from phoenix_kit_user_blocks b join phoenix_kit_user_connections c
                  on least(c.requester_id, c.recipient_id) = least(b.blocker_id, b.blocked_id)
                 and greatest(c.requester_id, c.recipient_id) = greatest(b.blocker_id, b.blocked_id)""");
        CHECKS.put("more than one connection for a pair", """
                select least(requester_id, recipient_id) as lower_id, greatest(requester_id, recipient_id) as higher_id, count(*)
                from phoenix_kit_user_connections group by 1, 2 having count(*) > 1""");
        CHECKS.put("counts differ from the rows", """
                with actual as (
                    select user_id, sum(followers) as followers, sum(following) as following, sum(connections) as connections
                    from (select followed_id as user_id, 1 as followers, 0 as following, 0 as connections from phoenix_kit_user_follows
                          union all select follower_id, 0, 1, 0 from phoenix_kit_user_follows
                          union all select requester_id, 0, 0, 1 from phoenix_kit_user_connections where status = 'accepted'
                          union all select recipient_id, 0, 0, 1 from phoenix_kit_user_connections where status = 'accepted') as edges
                    group by user_id),
                counted as (
                    select user_id, sum(followers) as followers, sum(following) as following, sum(connections) as connections
                    from phoenix_kit_user_stats_stripes group by user_id)
                select user_id, a.followers, c.followers as counted_followers, a.following, c.following as counted_following,
                       a.connections, c.connections as counted_connections
                from actual a full join counted c using (user_id)
                where (coalesce(a.followers, 0), coalesce(a.following, 0), coalesce(a.connections, 0))
                      is distinct from (coalesce(c.followers, 0), coalesce(c.following, 0), coalesce(c.connections, 0))""");
    }

    // Deleted users (V3): a tombstone never sits beside a registered user, and the tombstones are
    // what their history replays to: per user, actions alternate starting with 'delete', and the
    // last one, when a 'delete', is the tombstone (same administrator, same time).
    static {
        CHECKS.put("deleted user still registered", """
                select d.user_id from phoenix_kit_deleted_users d join phoenix_kit_users u on u.id = d.user_id""");
        CHECKS.put("deleted users history row that changes nothing", """
                select id, user_id, action, previous from (
                    select id, user_id, action, lag(action) over (partition by user_id order by inserted_at, id) as previous
                    from phoenix_kit_deleted_users_history) as h
                where action = coalesce(previous, 'register')""");
        CHECKS.put("deleted users differ from their history", """
                with last as (
                    select distinct on (user_id) user_id, actor_id, action, inserted_at
                    from phoenix_kit_deleted_users_history order by user_id, inserted_at desc, id desc),
                replayed as (select user_id, actor_id as deleted_by, inserted_at as deleted_at from last where action = 'delete')
                select user_id, r.deleted_by as replayed_by, d.deleted_by as stored_by, r.deleted_at as replayed_at, d.deleted_at as stored_at
                from replayed r full join phoenix_kit_deleted_users d using (user_id)
                where (r.deleted_by, r.deleted_at) is distinct from (d.deleted_by, d.deleted_at)""");
    }

    private TableChecks() {
    }

    static List<String> violations(Connection connection) throws SQLException {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, String> check : CHECKS.entrySet()) {
            Rows.described(connection, check.getValue()).forEach(row -> violations.add(check.getKey() + ": " + row));
        }
        return violations;
    }
}
