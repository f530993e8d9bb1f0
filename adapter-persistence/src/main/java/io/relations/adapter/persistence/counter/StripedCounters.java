package io.relations.adapter.persistence.counter;

import io.relations.domain.model.UserId;
import java.util.List;
import java.util.UUID;
import org.hibernate.StatelessSession;
import org.hibernate.query.MutationQuery;
import org.hibernate.query.NativeQuery;

/**
 * The follower, following and connection counts in {@code phoenix_kit_user_stats_stripes}, written
 * in the transaction that changes the edges (read by {@code read.StripedStats}). Native queries
 * because upserts and the lock order below are PostgreSQL's.
 *
 * <p>Increments upsert; decrements update. PostgreSQL checks a row's constraints before it looks
 * for a conflict, so an upsert of -1 would trip the "never negative" check even when the row
 * exists; a decrement always finds its row, made by the increment of the same edge. All the rows
 * of one kind go in one statement, their values as arrays so that the statement's text is the
 * same for any number of rows and stays prepared; the rows are locked in ascending (user, stripe),
 * the order every transaction takes them in, so two never wait for each other in a circle.
 */
public final class StripedCounters {

    private static final String ROWS = """
            select * from unnest(cast(?1 as uuid[]), cast(?2 as smallint[]), cast(?3 as bigint[]), cast(?4 as bigint[]), cast(?5 as bigint[]))
                as d(user_id, stripe, followers, following, connections)""";

    private static final String INCREMENT = """
            insert into {h-schema}phoenix_kit_user_stats_stripes as s (user_id, stripe, followers, following, connections)
            %s
            order by user_id, stripe
            on conflict (user_id, stripe) do update
            set followers = s.followers + excluded.followers,
                following = s.following + excluded.following,
                connections = s.connections + excluded.connections""".formatted(ROWS);

    /** The rows are locked in order by the first query of the statement, then changed. */
    private static final String DECREMENT = """
            with d as (%s),
            locked as (
                select s.user_id, s.stripe from {h-schema}phoenix_kit_user_stats_stripes s join d using (user_id, stripe)
                order by s.user_id, s.stripe for update of s)
            update {h-schema}phoenix_kit_user_stats_stripes s
            set followers = s.followers + d.followers, following = s.following + d.following, connections = s.connections + d.connections
            from d join locked using (user_id, stripe)
            where s.user_id = d.user_id and s.stripe = d.stripe""".formatted(ROWS);

    /**
     * What deleting a user takes from everyone else: each user they followed loses a follower,
     * each follower a followed user, each connection a connection, all on the deleted user's
     * stripe. Five parameters, all the deleted user's id.
     */
    private static final String LOST = """
            select other_id, sum(followers) as followers, sum(following) as following, sum(connections) as connections
            from (
                select followed_id as other_id, -1 as followers, 0 as following, 0 as connections
                from {h-schema}phoenix_kit_user_follows where follower_id = ?
                union all
                select follower_id, 0, -1, 0 from {h-schema}phoenix_kit_user_follows where followed_id = ?
                union all
                select case when requester_id = ? then recipient_id else requester_id end, 0, 0, -1
                from {h-schema}phoenix_kit_user_connections
                where status = 'accepted' and (requester_id = ? or recipient_id = ?)
            ) as edges
            group by other_id""";

    // Locks the rows about to change in ascending user id, the order every command takes them in.
    private static final String LOCK_LOST = "select s.user_id from {h-schema}phoenix_kit_user_stats_stripes s join ("
            + LOST + ") as lost on s.user_id = lost.other_id where s.stripe = ? order by s.user_id for update of s";

    private static final String SUBTRACT_LOST = """
            update {h-schema}phoenix_kit_user_stats_stripes s
            set followers = s.followers + lost.followers,
                following = s.following + lost.following,
                connections = s.connections + lost.connections
            from (%s) as lost
            where s.user_id = lost.other_id and s.stripe = ?""".formatted(LOST);

    public StripedCounters() {
    }

    /** Writes the deltas in the caller's transaction: at most one statement for the increments and one for the decrements. */
    public void add(StatelessSession session, CounterDeltas deltas) {
        List<CounterDeltas.Row> rows = deltas.inLockOrder();
        List<CounterDeltas.Row> increments = rows.stream().filter(CounterDeltas.Row::onlyAdds).toList();
        List<CounterDeltas.Row> decrements = rows.stream().filter(row -> !row.onlyAdds()).toList();
        if (!increments.isEmpty()) {
            withRows(session.createNativeMutationQuery(INCREMENT), increments).executeUpdate();
        }
        if (!decrements.isEmpty() && withRows(session.createNativeMutationQuery(DECREMENT), decrements).executeUpdate() != decrements.size()) {
            throw new IllegalStateException("a counter row to take " + decrements + " from is missing");
        }
    }

    /** Takes the user's edges out of everyone else's counts; call in the deleting transaction, before the delete. */
    public void forget(StatelessSession session, UserId user) {
        NativeQuery<UUID> lock = session.createNativeQuery(LOCK_LOST, UUID.class);
        MutationQuery subtract = session.createNativeMutationQuery(SUBTRACT_LOST);
        for (int parameter = 1; parameter <= 5; parameter++) {
            lock.setParameter(parameter, user.value());
            subtract.setParameter(parameter, user.value());
        }
        short stripe = CounterStripe.of(user);
        lock.setParameter(6, stripe).getResultList();
        subtract.setParameter(6, stripe).executeUpdate();
    }

    private static MutationQuery withRows(MutationQuery query, List<CounterDeltas.Row> rows) {
        return query.setParameter(1, rows.stream().map(row -> row.user().value()).toArray(UUID[]::new))
                .setParameter(2, rows.stream().map(CounterDeltas.Row::stripe).toArray(Short[]::new))
                .setParameter(3, rows.stream().map(CounterDeltas.Row::followers).toArray(Long[]::new))
                .setParameter(4, rows.stream().map(CounterDeltas.Row::following).toArray(Long[]::new))
                .setParameter(5, rows.stream().map(CounterDeltas.Row::connections).toArray(Long[]::new));
    }
}
