package io.relations.adapter.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/** What every history row has beyond its time: who acted, and the action's word (HistoryAction.code()). */
@MappedSuperclass
public abstract class HistoryRow extends TimedRow {

    @Column(name = "actor_id", nullable = false)
    private UUID actorId;

    @Column(name = "action", nullable = false)
    private String action;

    protected HistoryRow() {
    }

    protected HistoryRow(UUID id, UUID actorId, String action, Instant insertedAt) {
        super(id, insertedAt);
        this.actorId = actorId;
        this.action = action;
    }

    public UUID getActorId() {
        return actorId;
    }

    public String getAction() {
        return action;
    }
}
