package io.relations.adapter.persistence.support;

import io.relations.domain.model.UserId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The tables as short sentences about named users ("alice -> bob"), so that a test reads like the
 * state it expects. Rows of users without a name (other tests' users) are left out.
 */
public final class Tables {

    private static final List<String> ALL_TABLES = List.of(
            "phoenix_kit_users", "phoenix_kit_settings",
            "phoenix_kit_user_follows", "phoenix_kit_user_follows_history",
            "phoenix_kit_user_connections", "phoenix_kit_user_connections_history",
            "phoenix_kit_user_blocks", "phoenix_kit_user_blocks_history",
            "phoenix_kit_user_stats_stripes",
            "phoenix_kit_deleted_users", "phoenix_kit_deleted_users_history",
            "phoenix_kit_change_log");

    private final Sql sql;
    private final Map<String, String> names = new LinkedHashMap<>();

    public Tables(Sql sql) {
        this.sql = sql;
    }

    public Tables named(UserId user, String name) {
        names.put(user.toString(), name);
        return this;
    }

    /** "follower -> followed" */
    public List<String> follows() {
        return named("select follower_id, followed_id, '' from phoenix_kit_user_follows order by inserted_at, id", "%s -> %s%s");
    }

    /** "requester -> recipient pending|accepted" */
    public List<String> connections() {
        return named("""
                select requester_id, recipient_id,
                       status || case when (responded_at is null) = (status = 'pending') then '' else ' (responded_at wrong)' end
                from phoenix_kit_user_connections order by inserted_at, id""", "%s -> %s %s");
    }

    /** "blocker -> blocked: reason" */
    public List<String> blocks() {
        return named("select blocker_id, blocked_id, coalesce(reason, '') from phoenix_kit_user_blocks order by inserted_at, id",
                "%s -> %s: %s");
    }

    /** "action follower -> followed by actor", oldest first */
    public List<String> followsHistory() {
        return named("select follower_id, followed_id, action || ' by ' || actor_id from phoenix_kit_user_follows_history order by inserted_at, id",
                "%s -> %s %s");
    }

    /** "lower_user higher_user action by actor", oldest first */
    public List<String> connectionsHistory() {
        return named("select user_a_id, user_b_id, action || ' by ' || actor_id from phoenix_kit_user_connections_history order by inserted_at, id",
                "{%s, %s} %s");
    }

    /** "blocker -> blocked action by actor: reason", oldest first */
    public List<String> blocksHistory() {
        return named("""
                select blocker_id, blocked_id, action || ' by ' || actor_id || ': ' || coalesce(reason, '')
                from phoenix_kit_user_blocks_history order by inserted_at, id""", "%s -> %s %s");
    }

    /** "user by administrator" */
    public List<String> deletedUsers() {
        return named("select user_id, deleted_by, '' from phoenix_kit_deleted_users order by deleted_at, user_id", "%s by %s%s");
    }

    /** "user action by administrator", oldest first */
    public List<String> deletedUsersHistory() {
        return named("select user_id, actor_id, action from phoenix_kit_deleted_users_history order by inserted_at, id", "%s by %s: %s");
    }

    /** Every row of every table, ids and times included: equal snapshots mean nothing changed. */
    public List<String> snapshot() {
        List<String> rows = new ArrayList<>();
        for (String table : ALL_TABLES) {
            sql.rows("select * from " + table + " t order by t::text").forEach(row -> rows.add(table + ": " + row));
        }
        return rows;
    }

    private List<String> named(String query, String format) {
        return sql.rows(query).stream()
                .map(row -> row.split(" \\| ", -1))
                .filter(columns -> names.containsKey(columns[0]) && names.containsKey(columns[1]))
                .map(columns -> format.formatted(names.get(columns[0]), names.get(columns[1]), replaceIds(columns[2])))
                .collect(Collectors.toList());
    }

    private String replaceIds(String text) {
        String named = text;
        for (Map.Entry<String, String> name : names.entrySet()) {
            named = named.replace(name.getKey(), name.getValue());
        }
        return named;
    }
}
