package io.relations.adapter.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code phoenix_kit_user_follows_history}: one follow or unfollow, and who did it. */
@Entity
@Table(name = "phoenix_kit_user_follows_history")
public class FollowHistoryEntity extends HistoryRow {

    @Column(name = "follower_id", nullable = false)
    private UUID followerId;

    @Column(name = "followed_id", nullable = false)
    private UUID followedId;

    protected FollowHistoryEntity() {
    }

    public FollowHistoryEntity(UUID id, UUID followerId, UUID followedId, UUID actorId, String action, Instant insertedAt) {
        super(id, actorId, action, insertedAt);
        this.followerId = followerId;
        this.followedId = followedId;
    }

    public UUID getFollowerId() {
        return followerId;
    }

    public UUID getFollowedId() {
        return followedId;
    }
}
