package io.relations.adapter.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code phoenix_kit_user_follows}: the follower follows the followed user. */
@Entity
@Table(name = "phoenix_kit_user_follows")
public class FollowEntity extends TimedRow {

    @Column(name = "follower_id", nullable = false)
    private UUID followerId;

    @Column(name = "followed_id", nullable = false)
    private UUID followedId;

    protected FollowEntity() {
    }

    public FollowEntity(UUID id, UUID followerId, UUID followedId, Instant insertedAt) {
        super(id, insertedAt);
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
