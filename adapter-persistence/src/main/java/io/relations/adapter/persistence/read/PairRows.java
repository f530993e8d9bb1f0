package io.relations.adapter.persistence.read;

import io.relations.adapter.persistence.entity.ConnectionEntity;
import io.relations.adapter.persistence.schema.SchemaPlacement;
import io.relations.application.model.LookupRead;
import io.relations.application.port.out.CorruptPairException;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.InconsistentPairStateException;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StatelessSession;
import org.hibernate.query.NativeQuery;

/**
 * Everything the kernel and the application need to know about one user's pairs with others, in
 * one statement and so one snapshot: the {@code connections_enabled} setting, which of the named
 * users are registered, and the follows, connection and blocks of each pair. A command reads it
 * for its one pair under the pair's lock, locking both users' rows (key share: a deletion of either
 * waits for the command, so what was found stays true until it commits); the batch lookup reads it
 * for up to 100 pairs without locks. Rows that no pair state can hold (storage written around the
 * kernel) end the read with a {@link CorruptPairException} naming the pair.
 *
 * <p>The users are found by {@code id = any(array)}, one probe of the primary key each; written as
 * "id = ? or id in (select …)", PostgreSQL cannot use the index for the OR and reads the whole
 * table.
 *
 * <p>A native query because it is one union of differently shaped rows, one branch per kind, each
 * tagged with its kind and mapped here. Each other user is one probe per direction of each table's
 * unique index (follower, followed), (blocker, blocked) and the connection pair index, joined from
 * an array of ids. The user is a column of the materialized list of pairs, not a constant of
 * the joins: given the user as a constant, the planner may walk every follower of a popular
 * user through the followers index and match them to the list instead (the generic plan of the
 * prepared statement does, estimating for an average user; docs/BENCHMARKS.md), which costs what
 * the user's popularity costs. The array keeps the statement's text the same for any number of
 * ids, so it stays prepared.
 */
public final class PairRows {

    /** Parameters: ?1 the other users (uuid[]), ?2 the user whose pairs they are. */
    private static final String PAIR_ROWS = """
            with others(me, other) as materialized (select distinct cast(?2 as uuid), unnest(cast(?1 as uuid[]))),
            known as (select u.id from {h-schema}phoenix_kit_users u where u.id = any(cast(?1 as uuid[]) || cast(?2 as uuid))%s)
            select 'module' as kind, cast(null as uuid) as first, cast(null as uuid) as second, s.value as detail
            from {h-schema}phoenix_kit_settings s where s.key = 'connections_enabled'
            union all
            select 'user', k.id, null, null from known k
            union all
            select 'follow', f.follower_id, f.followed_id, null
            from others o join {h-schema}phoenix_kit_user_follows f on f.follower_id = o.me and f.followed_id = o.other
            union all
            select 'follow', f.follower_id, f.followed_id, null
            from others o join {h-schema}phoenix_kit_user_follows f on f.follower_id = o.other and f.followed_id = o.me
            union all
            select 'connection', c.requester_id, c.recipient_id, c.status
            from others o join {h-schema}phoenix_kit_user_connections c
              on least(c.requester_id, c.recipient_id) = least(o.me, o.other)
             and greatest(c.requester_id, c.recipient_id) = greatest(o.me, o.other)
            union all
            select 'block', b.blocker_id, b.blocked_id, b.reason
            from others o join {h-schema}phoenix_kit_user_blocks b on b.blocker_id = o.me and b.blocked_id = o.other
            union all
            select 'block', b.blocker_id, b.blocked_id, b.reason
            from others o join {h-schema}phoenix_kit_user_blocks b on b.blocker_id = o.other and b.blocked_id = o.me""";

    private static final String LOCKING = PAIR_ROWS.formatted(" for key share");
    private static final String READING = PAIR_ROWS.formatted("");

    private PairRows() {
    }

    /**
     * The statement a command sends (its users locked) or the one the lookup sends, its parameters
     * {@code ?1} (the other users, uuid[]) and {@code ?2} (the user): for the plan checks, through
     * plain JDBC, so in the connection's current schema.
     */
    public static String sql(boolean locking) {
        return SchemaPlacement.DEFAULT.nativeSql(locking ? LOCKING : READING);
    }

    /**
     * The statement a command sends (its users locked) or the one the lookup sends, with the
     * values written in as literals: for {@code EXPLAIN} through plain JDBC in the plan checks, in
     * the connection's current schema.
     */
    public static String withLiterals(boolean locking, UUID user, Collection<UUID> others) {
        String ids = others.stream().map(UUID::toString).collect(Collectors.joining(","));
        return sql(locking).replace("?1", "'{" + ids + "}'").replace("?2", "cast('" + user + "' as uuid)");
    }

    /**
     * {@code user}'s pairs with {@code others} (not {@code user}), read as a command does: both
     * users' rows locked. Every other user has its pair state in the answer, empty when no row was found.
     */
    public static LookupRead lockingUsers(StatelessSession session, UserId user, Set<UserId> others) {
        return read(session, LOCKING, user, others);
    }

    /** {@code user}'s pairs with {@code others} (not {@code user}), without locks. */
    public static LookupRead reading(StatelessSession session, UserId user, Set<UserId> others) {
        return read(session, READING, user, others);
    }

    private static LookupRead read(StatelessSession session, String sql, UserId user, Set<UserId> others) {
        @SuppressWarnings("unchecked")
        NativeQuery<Object[]> query = session.createNativeQuery(sql)
                .addScalar("kind", String.class)
                .addScalar("first", UUID.class)
                .addScalar("second", UUID.class)
                .addScalar("detail", String.class);
        List<Object[]> rows = query
                .setParameter(1, others.stream().map(UserId::value).toArray(UUID[]::new))
                .setParameter(2, user.value())
                .getResultList();
        return collect(user, others, rows);
    }

    private static LookupRead collect(UserId user, Set<UserId> others, List<Object[]> rows) {
        boolean enabled = false;
        Set<UserId> known = new HashSet<>();
        Map<UserId, PairState.Builder> rowsOfPair = new HashMap<>();
        others.forEach(other -> rowsOfPair.put(other, PairState.between(user, other)));
        for (Object[] row : rows) {
            String kind = (String) row[0];
            UserId first = row[1] == null ? null : UserId.of((UUID) row[1]);
            UserId second = row[2] == null ? null : UserId.of((UUID) row[2]);
            String detail = (String) row[3];
            switch (kind) {
                case "module" -> enabled = Boolean.parseBoolean(detail);
                case "user" -> known.add(first);
                case "follow" -> rowsOfPair.get(other(user, first, second)).following(first, second);
                case "connection" -> {
                    PairState.Builder pair = rowsOfPair.get(other(user, first, second));
                    if (ConnectionEntity.ACCEPTED.equals(detail)) {
                        pair.connected(first, second);
                    } else {
                        pair.requested(first, second);
                    }
                }
                case "block" -> rowsOfPair.get(other(user, first, second)).blocking(first, second, BlockReason.of(Optional.ofNullable(detail)));
                default -> throw new IllegalStateException("unknown kind of pair row: " + kind);
            }
        }
        Map<UserId, PairState> pairs = new HashMap<>();
        rowsOfPair.forEach((other, pair) -> pairs.put(other, built(UserPair.of(user, other), pair)));
        return new LookupRead(enabled, known, pairs);
    }

    /** A pair whose rows no state can hold (a block beside a follow, two connections) is corrupt storage, named as such. */
    private static PairState built(UserPair pair, PairState.Builder rows) {
        try {
            return rows.build();
        } catch (InconsistentPairStateException broken) {
            throw new CorruptPairException(pair, broken);
        }
    }

    private static UserId other(UserId user, UserId first, UserId second) {
        return user.equals(first) ? second : first;
    }
}
