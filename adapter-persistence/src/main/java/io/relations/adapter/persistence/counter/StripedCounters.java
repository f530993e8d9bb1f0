package io.relations.adapter.persistence.counter;

import io.relations.adapter.persistence.transaction.Transactions;
import io.relations.application.model.UserStats;
import io.relations.application.port.out.UserStatistics;
import io.relations.domain.model.UserId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Objects;

/**
 * The follower, following and connection counts in {@code phoenix_kit_user_stats_stripes}: written
 * in the transaction that changes the edges, read by summing a user's stripes (16 rows at most).
 *
 * <p>Increments upsert; decrements update. PostgreSQL checks a row's constraints before it looks
 * for a conflict, so an upsert of -1 would trip the "never negative" check even when the row
 * exists; a decrement always finds its row, made by the increment of the same edge.
 */
public final class StripedCounters implements UserStatistics {

    private static final String INCREMENT = """
            insert into phoenix_kit_user_stats_stripes as s (user_id, stripe, followers, following, connections)
            values (?, ?, ?, ?, ?)
            on conflict (user_id, stripe) do update
            set followers = s.followers + excluded.followers,
                following = s.following + excluded.following,
                connections = s.connections + excluded.connections""";

    private static final String ADD = """
            update phoenix_kit_user_stats_stripes
            set followers = followers + ?, following = following + ?, connections = connections + ?
            where user_id = ? and stripe = ?""";

    private static final String SUM = """
            select coalesce(sum(followers), 0)::bigint, coalesce(sum(following), 0)::bigint,
                   coalesce(sum(connections), 0)::bigint
            from phoenix_kit_user_stats_stripes where user_id = ?""";

    /**
     * What deleting a user takes from everyone else: each user they followed loses a follower,
     * each follower a followed user, each connection a connection, all on the deleted user's
     * stripe. Five parameters, all the deleted user's id.
     */
    private static final String LOST = """
            select other_id, sum(followers) as followers, sum(following) as following, sum(connections) as connections
            from (
                select followed_id as other_id, -1 as followers, 0 as following, 0 as connections
                from phoenix_kit_user_follows where follower_id = ?
                union all
                select follower_id, 0, -1, 0 from phoenix_kit_user_follows where followed_id = ?
                union all
                select case when requester_id = ? then recipient_id else requester_id end, 0, 0, -1
                from phoenix_kit_user_connections
                where status = 'accepted' and (requester_id = ? or recipient_id = ?)
            ) as edges
            group by other_id""";

    // Locks the rows about to change in ascending user id, the order every command takes them in.
    private static final String LOCK_LOST = "select s.user_id from phoenix_kit_user_stats_stripes s join ("
            + LOST + ") as lost on s.user_id = lost.other_id where s.stripe = ? order by s.user_id for update of s";

    private static final String SUBTRACT_LOST = """
            update phoenix_kit_user_stats_stripes s
            set followers = s.followers + lost.followers,
                following = s.following + lost.following,
                connections = s.connections + lost.connections
            from (%s) as lost
            where s.user_id = lost.other_id and s.stripe = ?""".formatted(LOST);

    private final Transactions transactions;

    public StripedCounters(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public UserStats statsOf(UserId user) {
        return transactions.inTransaction(entityManager -> {
            Object[] sums = (Object[]) entityManager.createNativeQuery(SUM)
                    .setParameter(1, user.value())
                    .getSingleResult();
            return new UserStats(((Number) sums[0]).longValue(), ((Number) sums[1]).longValue(), ((Number) sums[2]).longValue());
        });
    }

    /** Writes the deltas in the caller's transaction, one row at a time in lock order. */
    public void add(EntityManager entityManager, CounterDeltas deltas) {
        for (CounterDeltas.Row row : deltas.inLockOrder()) {
            if (row.onlyAdds()) {
                entityManager.createNativeQuery(INCREMENT)
                        .setParameter(1, row.user().value())
                        .setParameter(2, row.stripe())
                        .setParameter(3, row.followers())
                        .setParameter(4, row.following())
                        .setParameter(5, row.connections())
                        .executeUpdate();
            } else if (entityManager.createNativeQuery(ADD)
                    .setParameter(1, row.followers())
                    .setParameter(2, row.following())
                    .setParameter(3, row.connections())
                    .setParameter(4, row.user().value())
                    .setParameter(5, row.stripe())
                    .executeUpdate() != 1) {
                throw new IllegalStateException("no counter row to take " + row + " from");
            }
        }
    }

    /** Takes the user's edges out of everyone else's counts; call in the deleting transaction, before the delete. */
    public void forget(EntityManager entityManager, UserId user) {
        short stripe = CounterStripe.of(user);
        lostThrough(entityManager.createNativeQuery(LOCK_LOST), user, stripe).getResultList();
        lostThrough(entityManager.createNativeQuery(SUBTRACT_LOST), user, stripe).executeUpdate();
    }

    private static Query lostThrough(Query query, UserId user, short stripe) {
        for (int parameter = 1; parameter <= 5; parameter++) {
            query.setParameter(parameter, user.value());
        }
        return query.setParameter(6, stripe);
    }
}
