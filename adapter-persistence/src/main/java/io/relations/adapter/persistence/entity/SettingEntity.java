package io.relations.adapter.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code phoenix_kit_settings}: one named setting, as text. */
@Entity
@Table(name = "phoenix_kit_settings")
public class SettingEntity {

    @Id
    @Column(name = "key")
    private String key;

    @Column(name = "value", nullable = false)
    private String value;

    @Column(name = "date_added", nullable = false)
    private Instant dateAdded;

    @Column(name = "date_updated", nullable = false)
    private Instant dateUpdated;

    protected SettingEntity() {
    }

    public SettingEntity(String key, String value, Instant now) {
        this.key = key;
        this.value = value;
        this.dateAdded = now;
        this.dateUpdated = now;
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public Instant getDateAdded() {
        return dateAdded;
    }

    public Instant getDateUpdated() {
        return dateUpdated;
    }

    public void changeValue(String newValue, Instant now) {
        this.value = newValue;
        this.dateUpdated = now;
    }
}
