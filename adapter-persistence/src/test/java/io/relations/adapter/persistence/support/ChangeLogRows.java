package io.relations.adapter.persistence.support;

import io.relations.adapter.persistence.mapper.HistoryEvents;
import io.relations.application.change.ChangeEvent;
import io.relations.application.change.ChangeEvents;
import io.relations.application.change.ChangeSubject;
import io.relations.application.model.RecordedEvent;
import io.relations.domain.event.RelationshipEvent;
import io.relations.domain.model.UserPair;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code phoenix_kit_change_log} read straight from the table, one line per change in the log's
 * order (transaction, sequence), in the same form as {@link #line(ChangeEvent)} gives for the
 * change a test expects: id, type and version, privacy, subject, actor, time, data. And the
 * history tables mapped to the changes they are, through the adapter's own mapper and
 * {@link ChangeEvents}, as the expectation of a command's changes.
 */
public final class ChangeLogRows {

    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private static final String LOGGED = """
            select id, type || ' v' || type_version, privacy, subject, actor_id,
                   to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                   (select string_agg(key || '=' || value, ',' order by key) from jsonb_each_text(data))
            from phoenix_kit_change_log %s
            order by transaction_id, sequence_id""";

    /** Every history row of one pair, oldest first on (time, id): the events of one transaction share their time, their ids keep their order. */
    private static final String PAIR_HISTORY = """
            select 'follow', id, follower_id, followed_id, actor_id, action, null, cast(extract(epoch from inserted_at) * 1000000 as bigint), true from phoenix_kit_user_follows_history
            where least(follower_id, followed_id) = ? and greatest(follower_id, followed_id) = ?
            union all
            select 'connection', id, user_a_id, user_b_id, actor_id, action, null, cast(extract(epoch from inserted_at) * 1000000 as bigint), true from phoenix_kit_user_connections_history
            where user_a_id = ? and user_b_id = ?
            union all
            select 'block', id, blocker_id, blocked_id, actor_id, action, reason, cast(extract(epoch from inserted_at) * 1000000 as bigint), reason is null from phoenix_kit_user_blocks_history
            where least(blocker_id, blocked_id) = ? and greatest(blocker_id, blocked_id) = ?
            order by 8, 2""";

    private final Sql sql;

    public ChangeLogRows(Sql sql) {
        this.sql = sql;
    }

    /** Every change, in the log's order. */
    public List<String> all() {
        return sql.rows(LOGGED.formatted(""));
    }

    /** The changes of one subject, in the log's order. */
    public List<String> about(ChangeSubject subject) {
        return sql.rows(LOGGED.formatted("where subject = ?"), subject.key());
    }

    /** The number of changes in the log. */
    public long count() {
        return sql.count("select count(*) from phoenix_kit_change_log");
    }

    /** The change as {@link #all()} shows it: its time to the microsecond, as PostgreSQL keeps it. */
    public static String line(ChangeEvent change) {
        String data = new TreeMap<>(change.data()).entrySet().stream()
                .map(field -> field.getKey() + "=" + field.getValue())
                .collect(Collectors.joining(","));
        return String.join(" | ", change.id().toString(), change.type().code() + " v" + change.type().version(),
                change.type().privacy().code(), change.subject().key(), change.actor().toString(),
                MICROS.format(change.occurredAt().truncatedTo(ChronoUnit.MICROS)), data);
    }

    /** The lines of the changes, in their order. */
    public static List<String> lines(List<ChangeEvent> changes) {
        return changes.stream().map(ChangeLogRows::line).toList();
    }

    /** What the log must hold for the pair: each of its history rows as {@link ChangeEvents#of} maps it, oldest first. */
    public List<ChangeEvent> historyAsChanges(UserPair pair) {
        UUID lower = pair.lower().value();
        UUID higher = pair.higher().value();
        return sql.rows(PAIR_HISTORY, lower, higher, lower, higher, lower, higher)
                .stream()
                .map(row -> row.split(" \\| ", -1))
                .map(columns -> ChangeEvents.of(recorded(columns)))
                .toList();
    }

    /** A history row ({@link #PAIR_HISTORY}'s columns) as the event it records. */
    private static RecordedEvent recorded(String[] columns) {
        UUID first = UUID.fromString(columns[2]);
        UUID second = UUID.fromString(columns[3]);
        UUID actor = UUID.fromString(columns[4]);
        String action = columns[5];
        RelationshipEvent event = switch (columns[0]) {
            case "follow" -> HistoryEvents.follow(first, second, actor, action);
            case "connection" -> HistoryEvents.connection(first, second, actor, action);
            default -> HistoryEvents.block(first, second, action, "t".equals(columns[8]) ? null : columns[6]);
        };
        return new RecordedEvent(UUID.fromString(columns[1]), event, micros(columns[7]));
    }

    private static Instant micros(String text) {
        return Instant.EPOCH.plus(Long.parseLong(text), ChronoUnit.MICROS);
    }
}
