package io.relations.adapter.persistence.check;

import io.relations.adapter.persistence.mapper.HistoryEvents;
import io.relations.domain.event.RelationshipEvent;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.Connection;
import io.relations.domain.model.Edge;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Invariant 4: the three history tables, replayed from empty in (inserted_at, id) order, give
 * exactly the current rows. On the way, every history row must change its pair's state (a
 * recorded event is never a no-op), name the actor the event implies, and leave the pair
 * consistent (no block beside a follow or a connection).
 */
final class ReplayCheck {

    private static final String HISTORY = """
            select 'follows' as kind, id, inserted_at, follower_id as one_id, followed_id as other_id, actor_id, action, null as reason
            from phoenix_kit_user_follows_history
            union all
            select 'connections', id, inserted_at, user_a_id, user_b_id, actor_id, action, null
            from phoenix_kit_user_connections_history
            union all
            select 'blocks', id, inserted_at, blocker_id, blocked_id, actor_id, action, reason
            from phoenix_kit_user_blocks_history
            order by inserted_at, id""";

    private record HistoryRow(String kind, UUID id, UUID actor, RelationshipEvent event) {
    }

    private ReplayCheck() {
    }

    static List<String> violations(java.sql.Connection connection) throws SQLException {
        List<String> violations = new ArrayList<>();
        Map<UserPair, PairState> replayed = new HashMap<>();
        for (HistoryRow row : Rows.all(connection, HISTORY, ReplayCheck::historyRow)) {
            RelationshipEvent event = row.event();
            PairState before = replayed.getOrDefault(event.pair(), PairState.empty(event.pair()));
            PairState after = event.applyTo(before);
            if (!event.actor().value().equals(row.actor())) {
                violations.add(row.kind() + " history " + row.id() + ": actor " + row.actor() + " but " + event + " is done by " + event.actor());
            }
            if (after.equals(before)) {
                violations.add(row.kind() + " history " + row.id() + ": " + event + " changes nothing in " + before);
            }
            if (!after.isConsistent()) {
                violations.add(row.kind() + " history " + row.id() + ": " + event + " leaves " + after);
            }
            replayed.put(event.pair(), after);
        }
        Map<UserPair, PairState> current = currentStates(connection);
        Set<UserPair> pairs = new HashSet<>(replayed.keySet());
        pairs.addAll(current.keySet());
        for (UserPair pair : pairs) {
            PairState fromHistory = replayed.getOrDefault(pair, PairState.empty(pair));
            PairState stored = current.getOrDefault(pair, PairState.empty(pair));
            if (!fromHistory.equals(stored)) {
                violations.add("history of " + pair + " replays to " + fromHistory + " but the tables hold " + stored);
            }
        }
        return violations;
    }

    private static HistoryRow historyRow(ResultSet row) throws SQLException {
        String kind = row.getString("kind");
        UUID one = uuid(row, "one_id");
        UUID other = uuid(row, "other_id");
        UUID actor = uuid(row, "actor_id");
        String action = row.getString("action");
        RelationshipEvent event = switch (kind) {
            case "follows" -> HistoryEvents.follow(one, other, actor, action);
            case "connections" -> HistoryEvents.connection(one, other, actor, action);
            default -> HistoryEvents.block(one, other, action, row.getString("reason"));
        };
        return new HistoryRow(kind, uuid(row, "id"), actor, event);
    }

    private static Map<UserPair, PairState> currentStates(java.sql.Connection connection) throws SQLException {
        Map<UserPair, PairState> states = new HashMap<>();
        for (Edge follow : Rows.all(connection, "select follower_id, followed_id from phoenix_kit_user_follows",
                row -> new Edge(user(row, "follower_id"), user(row, "followed_id")))) {
            change(states, follow.pair(), state -> state.withFollow(follow));
        }
        for (Map.Entry<UserPair, Connection> stored : Rows.all(connection,
                "select requester_id, recipient_id, status from phoenix_kit_user_connections", ReplayCheck::connection)) {
            change(states, stored.getKey(), state -> state.withConnection(stored.getValue()));
        }
        for (Map.Entry<Edge, BlockReason> block : Rows.all(connection, "select blocker_id, blocked_id, reason from phoenix_kit_user_blocks",
                row -> Map.entry(new Edge(user(row, "blocker_id"), user(row, "blocked_id")),
                        BlockReason.of(Optional.ofNullable(row.getString("reason")))))) {
            change(states, block.getKey().pair(), state -> state.withBlock(block.getKey(), block.getValue()));
        }
        return states;
    }

    private static Map.Entry<UserPair, Connection> connection(ResultSet row) throws SQLException {
        UserId requester = user(row, "requester_id");
        UserId recipient = user(row, "recipient_id");
        Connection connection = "accepted".equals(row.getString("status"))
                ? new Connection.Accepted(requester, recipient)
                : new Connection.Pending(requester, recipient);
        return Map.entry(UserPair.of(requester, recipient), connection);
    }

    private static void change(Map<UserPair, PairState> states, UserPair pair, UnaryOperator<PairState> change) {
        states.put(pair, change.apply(states.getOrDefault(pair, PairState.empty(pair))));
    }

    private static UserId user(ResultSet row, String column) throws SQLException {
        return UserId.of(uuid(row, column));
    }

    private static UUID uuid(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }
}
