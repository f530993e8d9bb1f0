package io.relations.adapter.persistence.read;

import io.relations.adapter.persistence.entity.BlockEntity;
import io.relations.adapter.persistence.entity.ConnectionEntity;
import io.relations.adapter.persistence.entity.FollowEntity;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The current rows between users, each query answered by a unique index: (follower_id,
 * followed_id), (blocker_id, blocked_id) and the connection pair index on (least, greatest). For
 * many pairs at once each other user is one probe per direction, so the cost follows the number
 * of pairs asked, not how many relationships a popular user has.
 */
public final class CurrentRows {

    private static final String FOLLOWS_OF_PAIR = """
            from FollowEntity f
            where (f.followerId = :one and f.followedId = :other) or (f.followerId = :other and f.followedId = :one)""";

    private static final String BLOCKS_OF_PAIR = """
            from BlockEntity b
            where (b.blockerId = :one and b.blockedId = :other) or (b.blockerId = :other and b.blockedId = :one)""";

    private static final String CONNECTION_OF_PAIR = """
            from ConnectionEntity c
            where least(c.requesterId, c.recipientId) = :lower and greatest(c.requesterId, c.recipientId) = :higher""";

    // The batch lookups are SQL that joins a list of (first, second) pairs to the table's unique
    // index, on purpose: written as "owner = :user and other in (:others)", the planner may walk
    // every follower of the user through the followers index and filter, which it does whenever it
    // underestimates how many the user has (a user outside the column statistics' most common
    // values is estimated at a few dozen, however many there are). Joined on pairs, no value is a
    // constant to the planner: each pair is one probe of the index on both columns, so 100 users
    // cost the same for a user with ten followers as for one with a million (docs/BENCHMARKS.md).
    public static final PairProbe FOLLOWS_BY_PAIRS = new PairProbe("phoenix_kit_user_follows", "t.follower_id", "t.followed_id");
    public static final PairProbe BLOCKS_BY_PAIRS = new PairProbe("phoenix_kit_user_blocks", "t.blocker_id", "t.blocked_id");
    public static final PairProbe CONNECTIONS_BY_PAIRS = new PairProbe("phoenix_kit_user_connections",
            "least(t.requester_id, t.recipient_id)", "greatest(t.requester_id, t.recipient_id)");

    private CurrentRows() {
    }

    public static List<FollowEntity> followsOf(EntityManager entityManager, UserPair pair) {
        return ofPair(entityManager, FOLLOWS_OF_PAIR, FollowEntity.class, pair);
    }

    public static List<BlockEntity> blocksOf(EntityManager entityManager, UserPair pair) {
        return ofPair(entityManager, BLOCKS_OF_PAIR, BlockEntity.class, pair);
    }

    public static Optional<ConnectionEntity> connectionOf(EntityManager entityManager, UserPair pair) {
        return entityManager.createQuery(CONNECTION_OF_PAIR, ConnectionEntity.class)
                .setParameter("lower", pair.lower().value())
                .setParameter("higher", pair.higher().value())
                .getResultStream()
                .findFirst();
    }

    /** {@code others} must not be empty. */
    public static List<FollowEntity> followsWithAny(EntityManager entityManager, UserId user, Collection<UUID> others) {
        return FOLLOWS_BY_PAIRS.rows(entityManager, FollowEntity.class, bothDirections(user, others));
    }

    /** {@code others} must not be empty. */
    public static List<BlockEntity> blocksWithAny(EntityManager entityManager, UserId user, Collection<UUID> others) {
        return BLOCKS_BY_PAIRS.rows(entityManager, BlockEntity.class, bothDirections(user, others));
    }

    /** {@code others} must not be empty. */
    public static List<ConnectionEntity> connectionsWithAny(EntityManager entityManager, UserId user, Collection<UUID> others) {
        List<UUID> lowerAndHigher = new ArrayList<>(2 * others.size());
        for (UUID other : others) {
            UserPair pair = UserPair.of(user, UserId.of(other));
            lowerAndHigher.add(pair.lower().value());
            lowerAndHigher.add(pair.higher().value());
        }
        return CONNECTIONS_BY_PAIRS.rows(entityManager, ConnectionEntity.class, lowerAndHigher);
    }

    /** (user, other) and (other, user) for each other user, flattened. */
    private static List<UUID> bothDirections(UserId user, Collection<UUID> others) {
        List<UUID> pairs = new ArrayList<>(4 * others.size());
        for (UUID other : others) {
            pairs.addAll(List.of(user.value(), other, other, user.value()));
        }
        return pairs;
    }

    private static <E> List<E> ofPair(EntityManager entityManager, String query, Class<E> type, UserPair pair) {
        return entityManager.createQuery(query, type)
                .setParameter("one", pair.lower().value())
                .setParameter("other", pair.higher().value())
                .getResultList();
    }
}
