package io.relations.application.change;

import io.relations.domain.model.UserId;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One change as the log keeps it and every consumer receives it: its id (the same on every
 * delivery, so consumers drop duplicates by it), its type, what it is about, who did it, when,
 * and the data its type declares. The data holds exactly the type's fields, required ones always,
 * in the type's order; nothing else.
 *
 * @param id         unique among all changes, time-ordered (UUIDv7); the CloudEvents {@code id}
 * @param type       what happened, with its version and privacy class
 * @param subject    the pair, user or setting it is about: the unit of order
 * @param actor      the user who did it: the acting user of a command, the user registered on first
 *                   use, the administrator otherwise
 * @param occurredAt when it happened, as the history records it
 * @param data       the type's fields by name, each value a text (ids as UUIDs, {@code true} or
 *                   {@code false} for settings); unmodifiable, in the type's order
 */
public record ChangeEvent(UUID id, ChangeType type, ChangeSubject subject, UserId actor, Instant occurredAt,
                          Map<String, String> data) {

    /**
     * A change; the data is copied into the type's order.
     *
     * @param id         unique among all changes
     * @param type       what happened
     * @param subject    what it is about
     * @param actor      who did it
     * @param occurredAt when
     * @param data       the type's fields by name
     * @throws NullPointerException     if any of them is null, or the data holds a null
     * @throws IllegalArgumentException if the data lacks a required field of the type or holds a
     *                                  field the type does not declare
     */
    public ChangeEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(data, "data");
        Map<String, String> ordered = new LinkedHashMap<>();
        for (ChangeField field : type.fields()) {
            String value = data.get(field.name());
            if (value != null) {
                ordered.put(field.name(), value);
            } else if (!field.optional()) {
                throw new IllegalArgumentException(type.code() + " needs the field " + field.name());
            }
        }
        for (Map.Entry<String, String> entry : data.entrySet()) {
            Objects.requireNonNull(entry.getValue(), "data value");
            if (!ordered.containsKey(entry.getKey())) {
                throw new IllegalArgumentException(type.code() + " has no field " + entry.getKey());
            }
        }
        data = Collections.unmodifiableMap(ordered);
    }

    /**
     * What a subscription receiving {@code classes} receives of this change: nothing when the type's
     * class is not among them; otherwise the change without the fields whose own class (when
     * stricter than the type's, as a block's reason is) is not.
     *
     * @param classes the classes the subscription receives
     * @return the change as that subscription sees it, or empty when it sees nothing of it
     * @throws NullPointerException if {@code classes} is null
     */
    public Optional<ChangeEvent> visibleTo(Set<PrivacyClass> classes) {
        Objects.requireNonNull(classes, "classes");
        if (!classes.contains(type.privacy())) {
            return Optional.empty();
        }
        Map<String, String> visible = new LinkedHashMap<>();
        for (ChangeField field : type.fields()) {
            String value = data.get(field.name());
            if (value != null && classes.contains(stricter(field.privacy(), type.privacy()))) {
                visible.put(field.name(), value);
            }
        }
        return Optional.of(visible.size() == data.size() ? this : new ChangeEvent(id, type, subject, actor, occurredAt, visible));
    }

    /** A field is never less private than its change: the later class in the enum's order is the stricter. */
    private static PrivacyClass stricter(PrivacyClass one, PrivacyClass other) {
        return one.compareTo(other) >= 0 ? one : other;
    }
}
