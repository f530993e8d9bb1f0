package io.relations.adapter.persistence.check;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The change log's invariants (V4), one query each, every row returned a violation: each history
 * row's change is in the log, under the history row's id, with its type, pair, actor and parties
 * (and a block's reason); a pair's changes are in the log in the order of its history; retention
 * removed a prefix of the log and nothing else; no consumer stands beyond the log. A history row
 * whose change is missing is no violation when retention may have removed it: its transaction
 * ({@code xmin}, the writer of both rows) is not after the one of retention's mark. Only the log
 * rows of live history are looked at: a deleted user's history is gone while its changes stay.
 * Each query reads the history and the log once (hash joins, one sort); each answers at most
 * {@value #MAX_ROWS} rows, so that a broken storm's report stays readable.
 */
final class ChangeLogChecks {

    static final int MAX_ROWS = 100;

    /** Every relationship history row as the change it must have: its type, pair (subject), actor, parties. */
    private static final String HISTORY = """
            with history as (
                select 'follows' as kind, id, inserted_at, xmin as writer, actor_id,
                       case action when 'follow' then 'follow.created' else 'follow.removed' end as type,
                       'pair:' || least(follower_id, followed_id) || ':' || greatest(follower_id, followed_id) as subject,
                       follower_id::text || '>' || followed_id::text as parties, null as reason
                from phoenix_kit_user_follows_history
                union all
                select 'connections', id, inserted_at, xmin, actor_id, 'connection.' || action,
                       'pair:' || user_a_id || ':' || user_b_id, null, null
                from phoenix_kit_user_connections_history
                union all
                select 'blocks', id, inserted_at, xmin, actor_id,
                       case action when 'block' then 'block.created' else 'block.removed' end,
                       'pair:' || least(blocker_id, blocked_id) || ':' || greatest(blocker_id, blocked_id),
                       blocker_id::text || '>' || blocked_id::text, reason
                from phoenix_kit_user_blocks_history)
            """;

    private static final Map<String, String> CHECKS = new LinkedHashMap<>();

    static {
        CHECKS.put("history row without its change in the log", HISTORY + """
                select h.kind, h.id, h.type, h.subject
                from history h
                where not exists (select 1 from phoenix_kit_change_log l where l.id = h.id)
                  and not exists (select 1 from phoenix_kit_change_log_retention r where age(h.writer) >= age(xid(r.transaction_id)))
                order by h.inserted_at, h.id""");
        CHECKS.put("change differs from its history row", HISTORY + """
                select h.kind, h.id, h.type as history_type, l.type as logged_type, h.subject as history_subject,
                       l.subject as logged_subject, h.actor_id as history_actor, l.actor_id as logged_actor
                from history h join phoenix_kit_change_log l on l.id = h.id
                where (l.type, l.subject, l.actor_id) is distinct from (h.type, h.subject, h.actor_id)
                   or (h.kind = 'follows' and h.parties is distinct from (l.data ->> 'follower') || '>' || (l.data ->> 'followed'))
                   or (h.kind = 'blocks' and h.parties is distinct from (l.data ->> 'blocker') || '>' || (l.data ->> 'blocked'))
                   or (h.type = 'block.created' and h.reason is distinct from l.data ->> 'reason')
                order by h.inserted_at, h.id""");
        // The kernel decides a pair's changes one at a time under the pair's lock, with the time
        // read under it: the log's order of a pair and its history's order by time are the same.
        CHECKS.put("pair's changes in the log out of their history's order", HISTORY + """
                select subject, previous_id, previous_at, id, inserted_at
                from (select l.subject, h.id, h.inserted_at,
                             lag(h.id) over pair as previous_id, lag(h.inserted_at) over pair as previous_at
                      from history h join phoenix_kit_change_log l on l.id = h.id
                      window pair as (partition by l.subject order by l.transaction_id, l.sequence_id)) as logged
                where inserted_at < previous_at
                order by subject, inserted_at""");
        CHECKS.put("change at or before retention's mark still in the log", """
                select l.id, l.type, cast(l.transaction_id as text) as transaction_id, l.sequence_id,
                       cast(r.transaction_id as text) as removed_through_transaction, r.sequence_id as removed_through_sequence
                from phoenix_kit_change_log l join phoenix_kit_change_log_retention r
                  on (l.transaction_id, l.sequence_id) <= (r.transaction_id, r.sequence_id)
                order by l.transaction_id, l.sequence_id""");
        CHECKS.put("consumer beyond the end of the log", """
                with ends as (
                    (select transaction_id, sequence_id from phoenix_kit_change_log order by transaction_id desc, sequence_id desc limit 1)
                    union all
                    select transaction_id, sequence_id from phoenix_kit_change_log_retention)
                select c.name, cast(c.transaction_id as text) as transaction_id, c.sequence_id
                from phoenix_kit_change_consumers c
                where (c.transaction_id, c.sequence_id) > (cast('0' as xid8), 0)
                  and not exists (select 1 from ends e where (c.transaction_id, c.sequence_id) <= (e.transaction_id, e.sequence_id))
                order by c.name""");
    }

    private ChangeLogChecks() {
    }

    static List<String> violations(Connection connection) throws SQLException {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, String> check : CHECKS.entrySet()) {
            Rows.described(connection, check.getValue() + "\nlimit " + MAX_ROWS).forEach(row -> violations.add(check.getKey() + ": " + row));
        }
        return violations;
    }
}
