package io.relations.adapter.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code phoenix_kit_users}: a user relationships may name. */
@Entity
@Table(name = "phoenix_kit_users")
public class UserEntity {

    @Id
    private UUID id;

    @Column(name = "handle")
    private String handle;

    @Column(name = "inserted_at", nullable = false, insertable = false, updatable = false)
    private Instant insertedAt;

    @Column(name = "updated_at", nullable = false, insertable = false, updatable = false)
    private Instant updatedAt;

    protected UserEntity() {
    }

    public UUID getId() {
        return id;
    }

    public String getHandle() {
        return handle;
    }

    public Instant getInsertedAt() {
        return insertedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
