package io.relations.adapter.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code phoenix_kit_user_blocks_history}: one block (with its reason) or unblock. */
@Entity
@Table(name = "phoenix_kit_user_blocks_history")
public class BlockHistoryEntity extends HistoryRow {

    @Column(name = "blocker_id", nullable = false)
    private UUID blockerId;

    @Column(name = "blocked_id", nullable = false)
    private UUID blockedId;

    /** The block's reason; null for an unblock or a block without one. */
    @Column(name = "reason", length = 500)
    private String reason;

    protected BlockHistoryEntity() {
    }

    public BlockHistoryEntity(UUID id, UUID blockerId, UUID blockedId, UUID actorId, String action, String reason, Instant insertedAt) {
        super(id, actorId, action, insertedAt);
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
