package io.relations.domain.model;

import java.util.Objects;
import java.util.UUID;

/**
 * A user, known by a UUID. Ordered as PostgreSQL orders {@code uuid} values (unsigned, byte by
 * byte), so that "the lower id first" means the same thing in Java and in SQL.
 */
public record UserId(UUID value) implements Comparable<UserId> {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId of(UUID value) {
        return new UserId(value);
    }

    /** @throws IllegalArgumentException if the text is not a UUID */
    public static UserId parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() != 36) {
            throw new IllegalArgumentException("not a UUID: " + text);
        }
        return new UserId(UUID.fromString(text));
    }

    @Override
    public int compareTo(UserId other) {
        int high = Long.compareUnsigned(value.getMostSignificantBits(), other.value.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(value.getLeastSignificantBits(), other.value.getLeastSignificantBits());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
