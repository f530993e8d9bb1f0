package io.relations.adapter.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code phoenix_kit_user_connections_history}: one step of a pair's connection. The
 * pair is stored lower id first; who asked whom follows from the actor and the action.
 */
@Entity
@Table(name = "phoenix_kit_user_connections_history")
public class ConnectionHistoryEntity extends HistoryRow {

    @Column(name = "user_a_id", nullable = false)
    private UUID userAId;

    @Column(name = "user_b_id", nullable = false)
    private UUID userBId;

    protected ConnectionHistoryEntity() {
    }

    public ConnectionHistoryEntity(UUID id, UUID userAId, UUID userBId, UUID actorId, String action, Instant insertedAt) {
        super(id, actorId, action, insertedAt);
        this.userAId = userAId;
        this.userBId = userBId;
    }

    public UUID getUserAId() {
        return userAId;
    }

    public UUID getUserBId() {
        return userBId;
    }
}
