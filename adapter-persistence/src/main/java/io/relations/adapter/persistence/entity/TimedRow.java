package io.relations.adapter.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/** What every relationship row has: a UUIDv7 id and the time it was written, the keyset of its lists. */
@MappedSuperclass
public abstract class TimedRow {

    @Id
    private UUID id;

    @Column(name = "inserted_at", nullable = false)
    private Instant insertedAt;

    protected TimedRow() {
    }

    protected TimedRow(UUID id, Instant insertedAt) {
        this.id = id;
        this.insertedAt = insertedAt;
    }

    public UUID getId() {
        return id;
    }

    public Instant getInsertedAt() {
        return insertedAt;
    }
}
