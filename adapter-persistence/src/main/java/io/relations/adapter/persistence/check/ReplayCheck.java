package io.relations.adapter.persistence.check;

import io.relations.adapter.persistence.mapper.HistoryEvents;
import io.relations.domain.event.ImpossibleHistoryException;
import io.relations.domain.event.RelationshipEvent;
import io.relations.domain.event.Replay;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.Connection;
import io.relations.domain.model.Edge;
import io.relations.domain.model.InconsistentPairStateException;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Invariant 4: the three history tables, replayed from empty in (inserted_at, id) order, give
 * exactly the current rows. Each pair's history is replayed by the domain's strict {@link Replay},
 * so a row the kernel could never have written (a follow while following or blocked, a block
 * beside a follow, a removal of nothing: every no-op and every inconsistent step) is reported with
 * its row id and its place in the pair's history, and the rest of that pair is not judged. Every
 * row must also name the actor its event implies, and current rows that no pair state can hold (a
 * block beside a follow) are reported with their pair.
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
        Map<UserPair, List<HistoryRow>> histories = new LinkedHashMap<>();
        for (HistoryRow row : Rows.all(connection, HISTORY, ReplayCheck::historyRow)) {
            RelationshipEvent event = row.event();
            if (!event.actor().value().equals(row.actor())) {
                violations.add(row.kind() + " history " + row.id() + ": actor " + row.actor() + " but " + event + " is done by " + event.actor());
            }
            histories.computeIfAbsent(event.pair(), pair -> new ArrayList<>()).add(row);
        }
        Map<UserPair, PairState> replayed = new HashMap<>();
        Set<UserPair> unjudged = new HashSet<>();
        histories.forEach((pair, rows) -> {
            try {
                replayed.put(pair, Replay.of(pair, rows.stream().map(HistoryRow::event).toList()));
            } catch (ImpossibleHistoryException impossible) {
                HistoryRow row = rows.get(impossible.index());
                violations.add(row.kind() + " history " + row.id() + ": " + impossible.getMessage());
                unjudged.add(pair);
            }
        });
        Map<UserPair, PairState.Builder> current = currentRows(connection);
        Set<UserPair> pairs = new HashSet<>(replayed.keySet());
        pairs.addAll(current.keySet());
        pairs.removeAll(unjudged);
        for (UserPair pair : pairs) {
            PairState fromHistory = replayed.getOrDefault(pair, PairState.empty(pair));
            try {
                PairState stored = current.getOrDefault(pair, PairState.between(pair.lower(), pair.higher())).build();
                if (!fromHistory.equals(stored)) {
                    violations.add("history of " + pair + " replays to " + fromHistory + " but the tables hold " + stored);
                }
            } catch (InconsistentPairStateException broken) {
                violations.add("history of " + pair + " replays to " + fromHistory + " but the tables hold a state no pair can be in: "
                        + broken.getMessage());
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

    /** The current rows of each pair, collected: built (and so checked) only when compared. */
    private static Map<UserPair, PairState.Builder> currentRows(java.sql.Connection connection) throws SQLException {
        Map<UserPair, PairState.Builder> rows = new HashMap<>();
        for (Edge follow : Rows.all(connection, "select follower_id, followed_id from phoenix_kit_user_follows",
                row -> new Edge(user(row, "follower_id"), user(row, "followed_id")))) {
            of(rows, follow.pair()).following(follow.from(), follow.to());
        }
        for (Connection stored : Rows.all(connection,
                "select requester_id, recipient_id, status from phoenix_kit_user_connections", ReplayCheck::connection)) {
            if (stored instanceof Connection.Accepted accepted) {
                of(rows, UserPair.of(accepted.requester(), accepted.addressee())).connected(accepted.requester(), accepted.addressee());
            } else if (stored instanceof Connection.Pending pending) {
                of(rows, UserPair.of(pending.requester(), pending.addressee())).requested(pending.requester(), pending.addressee());
            }
        }
        for (Map.Entry<Edge, BlockReason> block : Rows.all(connection, "select blocker_id, blocked_id, reason from phoenix_kit_user_blocks",
                row -> Map.entry(new Edge(user(row, "blocker_id"), user(row, "blocked_id")),
                        BlockReason.of(Optional.ofNullable(row.getString("reason")))))) {
            of(rows, block.getKey().pair()).blocking(block.getKey().from(), block.getKey().to(), block.getValue());
        }
        return rows;
    }

    private static Connection connection(ResultSet row) throws SQLException {
        UserId requester = user(row, "requester_id");
        UserId recipient = user(row, "recipient_id");
        return "accepted".equals(row.getString("status"))
                ? new Connection.Accepted(requester, recipient)
                : new Connection.Pending(requester, recipient);
    }

    private static PairState.Builder of(Map<UserPair, PairState.Builder> rows, UserPair pair) {
        return rows.computeIfAbsent(pair, ignored -> PairState.between(pair.lower(), pair.higher()));
    }

    private static UserId user(ResultSet row, String column) throws SQLException {
        return UserId.of(uuid(row, column));
    }

    private static UUID uuid(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }
}
