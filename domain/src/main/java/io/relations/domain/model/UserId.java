package io.relations.domain.model;

import java.util.Objects;
import java.util.UUID;

/**
 * A user, known by a UUID. Ordered as PostgreSQL orders {@code uuid} values (unsigned, byte by
 * byte), so that "the lower id first" means the same thing in Java and in SQL.
 *
 * @param value the user's UUID
 */
public record UserId(UUID value) implements Comparable<UserId> {

    /**
     * A user of any UUID.
     *
     * @param value the user's UUID
     * @throws NullPointerException if it is null
     */
    public UserId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * The user of a UUID.
     *
     * @param value the user's UUID
     * @return the user
     * @throws NullPointerException if it is null
     */
    public static UserId of(UUID value) {
        return new UserId(value);
    }

    /**
     * The user of a UUID in its canonical text form of 36 characters.
     *
     * @param text the UUID, e.g. {@code 0190a5b4-0000-7000-8000-000000000001}
     * @return the user
     * @throws NullPointerException if the text is null
     * @throws IllegalArgumentException if the text is not a UUID
     */
    public static UserId parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() != 36) {
            throw new IllegalArgumentException("not a UUID: " + text);
        }
        return new UserId(UUID.fromString(text));
    }

    /**
     * Compares as PostgreSQL compares {@code uuid} values: unsigned, byte by byte.
     *
     * @param other the user to compare with
     * @return negative, zero or positive as this id is lower than, equal to or higher than the other
     */
    @Override
    public int compareTo(UserId other) {
        int high = Long.compareUnsigned(value.getMostSignificantBits(), other.value.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(value.getLeastSignificantBits(), other.value.getLeastSignificantBits());
    }

    /**
     * The UUID's canonical text.
     *
     * @return the text {@link #parse} reads back
     */
    @Override
    public String toString() {
        return value.toString();
    }
}
