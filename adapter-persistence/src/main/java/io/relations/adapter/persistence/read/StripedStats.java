package io.relations.adapter.persistence.read;

import io.relations.adapter.persistence.transaction.Transactions;
import io.relations.application.model.GuardedRead;
import io.relations.application.model.UserStats;
import io.relations.application.port.out.UserStatistics;
import io.relations.domain.model.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.query.NativeQuery;

/**
 * A user's counts, the sum of their stripes in {@code phoenix_kit_user_stats_stripes} (16 rows at
 * most, written by {@code counter.StripedCounters}), in one statement with the facts that guard
 * them. A native query: it is one row of sums beside one row of facts, no entity.
 */
public final class StripedStats implements UserStatistics {

    private static final String STATS = "select f.*, st.* from (" + ReadFactsSql.FACTS + ") as f\ncross join ("
            + """
            select coalesce(sum(followers), 0) as followers, coalesce(sum(following), 0) as following,
                   coalesce(sum(connections), 0) as connections
            from {h-schema}phoenix_kit_user_stats_stripes where user_id = ?) as st""";

    private final Transactions transactions;

    public StripedStats(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public GuardedRead<UserStats> statsOf(UserId viewer, UserId owner) {
        List<Object> parameters = new ArrayList<>(ReadFactsSql.parameters(viewer, owner));
        parameters.add(owner.value());
        Object[] row = transactions.inTransaction(session -> {
            @SuppressWarnings("unchecked")
            NativeQuery<Object[]> statement = session.createNativeQuery(STATS);
            ReadFactsSql.addScalars(statement);
            statement.addScalar("followers", Long.class).addScalar("following", Long.class).addScalar("connections", Long.class);
            for (int i = 0; i < parameters.size(); i++) {
                statement.setParameter(i + 1, parameters.get(i));
            }
            return statement.getSingleResult();
        });
        int sums = ReadFactsSql.COLUMNS;
        return new GuardedRead<>(ReadFactsSql.of(row),
                new UserStats((Long) row[sums], (Long) row[sums + 1], (Long) row[sums + 2]));
    }
}
