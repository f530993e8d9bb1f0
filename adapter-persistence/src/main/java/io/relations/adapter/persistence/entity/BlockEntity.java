package io.relations.adapter.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code phoenix_kit_user_blocks}: the blocker blocks the blocked user, maybe saying why. */
@Entity
@Table(name = "phoenix_kit_user_blocks")
public class BlockEntity extends TimedRow {

    @Column(name = "blocker_id", nullable = false)
    private UUID blockerId;

    @Column(name = "blocked_id", nullable = false)
    private UUID blockedId;

    /** Null when no reason was given. */
    @Column(name = "reason", length = 500)
    private String reason;

    protected BlockEntity() {
    }

    public BlockEntity(UUID id, UUID blockerId, UUID blockedId, String reason, Instant insertedAt) {
        super(id, insertedAt);
        this.blockerId = blockerId;
        this.blockedId = blockedId;
        this.reason = reason;
    }

    public UUID getBlockerId() {
        return blockerId;
    }

    public UUID getBlockedId() {
        return blockedId;
    }

    public String getReason() {
        return reason;
    }
}
