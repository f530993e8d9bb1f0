package io.relations.adapter.persistence.counter;

import io.relations.domain.model.Edge;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The counter changes of one transaction, summed per stripe row before they are written. */
public final class CounterDeltas {

    /** One stripe row and what to add to its three counts. */
    public record Row(UserId user, short stripe, long followers, long following, long connections) {

        boolean onlyAdds() {
            return followers >= 0 && following >= 0 && connections >= 0;
        }

        boolean isZero() {
            return followers == 0 && following == 0 && connections == 0;
        }

        Row plus(long addFollowers, long addFollowing, long addConnections) {
            return new Row(user, stripe, followers + addFollowers, following + addFollowing, connections + addConnections);
        }
    }

    private record Key(UserId user, short stripe) {
    }

    // Ascending user id, then stripe: the order rows are locked in, the same in every transaction.
    private static final Comparator<Key> LOCK_ORDER = Comparator.comparing(Key::user).thenComparing(Key::stripe);

    private final Map<Key, Row> rows = new TreeMap<>(LOCK_ORDER);

    /** {@code sign} +1 when the follow starts, -1 when it ends. */
    public void follow(Edge follow, int sign) {
        add(follow.from(), follow.to(), 0, sign, 0);
        add(follow.to(), follow.from(), sign, 0, 0);
    }

    /** {@code sign} +1 when the connection is accepted, -1 when an accepted connection ends. */
    public void connection(UserPair pair, int sign) {
        add(pair.lower(), pair.higher(), 0, 0, sign);
        add(pair.higher(), pair.lower(), 0, 0, sign);
    }

    /** The rows to write, in lock order, without those that add nothing. */
    public List<Row> inLockOrder() {
        return rows.values().stream().filter(row -> !row.isZero()).toList();
    }

    private void add(UserId user, UserId otherUser, long followers, long following, long connections) {
        Key key = new Key(user, CounterStripe.of(otherUser));
        rows.merge(key, new Row(user, key.stripe(), followers, following, connections),
                (sum, more) -> sum.plus(more.followers(), more.following(), more.connections()));
    }
}
