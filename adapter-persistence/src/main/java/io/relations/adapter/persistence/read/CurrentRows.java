package io.relations.adapter.persistence.read;

import io.relations.adapter.persistence.entity.BlockEntity;
import io.relations.adapter.persistence.entity.ConnectionEntity;
import io.relations.adapter.persistence.entity.FollowEntity;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The current rows between users, each query answered by a unique index: (follower_id,
 * followed_id), (blocker_id, blocked_id) and the connection pair index on (least, greatest). For
 * many pairs at once the id lists go into {@code in (...)}, so the cost follows the number of
 * pairs asked, not how many relationships a popular user has.
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

    private static final String FOLLOWS_WITH_ANY = """
            from FollowEntity f
            where (f.followerId = :user and f.followedId in :others) or (f.followedId = :user and f.followerId in :others)""";

    private static final String BLOCKS_WITH_ANY = """
            from BlockEntity b
            where (b.blockerId = :user and b.blockedId in :others) or (b.blockedId = :user and b.blockerId in :others)""";

    // The user is the lower id of some pairs and the higher of the others: one branch each.
    private static final String CONNECTIONS_WITH_ANY = """
            from ConnectionEntity c
            where (least(c.requesterId, c.recipientId) = :user and greatest(c.requesterId, c.recipientId) in :others)
               or (greatest(c.requesterId, c.recipientId) = :user and least(c.requesterId, c.recipientId) in :others)""";

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
        return withAny(entityManager, FOLLOWS_WITH_ANY, FollowEntity.class, user, others);
    }

    /** {@code others} must not be empty. */
    public static List<BlockEntity> blocksWithAny(EntityManager entityManager, UserId user, Collection<UUID> others) {
        return withAny(entityManager, BLOCKS_WITH_ANY, BlockEntity.class, user, others);
    }

    /** {@code others} must not be empty. */
    public static List<ConnectionEntity> connectionsWithAny(EntityManager entityManager, UserId user, Collection<UUID> others) {
        return withAny(entityManager, CONNECTIONS_WITH_ANY, ConnectionEntity.class, user, others);
    }

    private static <E> List<E> ofPair(EntityManager entityManager, String query, Class<E> type, UserPair pair) {
        return entityManager.createQuery(query, type)
                .setParameter("one", pair.lower().value())
                .setParameter("other", pair.higher().value())
                .getResultList();
    }

    private static <E> List<E> withAny(EntityManager entityManager, String query, Class<E> type, UserId user, Collection<UUID> others) {
        return entityManager.createQuery(query, type)
                .setParameter("user", user.value())
                .setParameter("others", others)
                .getResultList();
    }
}
