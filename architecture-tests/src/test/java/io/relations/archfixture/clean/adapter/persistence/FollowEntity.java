package io.relations.archfixture.clean.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "phoenix_kit_user_follows")
public class FollowEntity {

    @Id
    private UUID id;
    private UUID followerId;
    private UUID followedId;

    protected FollowEntity() {}

    FollowEntity(UUID id, UUID followerId, UUID followedId) {
        this.id = id;
        this.followerId = followerId;
        this.followedId = followedId;
    }
}
