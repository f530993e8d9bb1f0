package io.relations.adapter.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code phoenix_kit_user_connections}: the pair's one connection, pending or accepted. */
@Entity
@Table(name = "phoenix_kit_user_connections")
public class ConnectionEntity extends TimedRow {

    public static final String PENDING = "pending";
    public static final String ACCEPTED = "accepted";

    @Column(name = "requester_id", nullable = false)
    private UUID requesterId;

    @Column(name = "recipient_id", nullable = false)
    private UUID recipientId;

    @Column(name = "status", nullable = false)
    private String status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    /** When the recipient accepted; null while pending. */
    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ConnectionEntity() {
    }

    /** A new pending request. */
    public ConnectionEntity(UUID id, UUID requesterId, UUID recipientId, Instant requestedAt) {
        super(id, requestedAt);
        this.requesterId = requesterId;
        this.recipientId = recipientId;
        this.status = PENDING;
        this.requestedAt = requestedAt;
        this.updatedAt = requestedAt;
    }

    public UUID getRequesterId() {
        return requesterId;
    }

    public UUID getRecipientId() {
        return recipientId;
    }

    public String getStatus() {
        return status;
    }

    public boolean isAccepted() {
        return ACCEPTED.equals(status);
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The other user of the connection, seen from {@code user}. */
    public UUID otherThan(UUID user) {
        return requesterId.equals(user) ? recipientId : requesterId;
    }
}
