package io.relations.application.change;

import java.util.HexFormat;
import java.util.Objects;

/**
 * A change's place in the log's one global order: the transaction that committed it, then its
 * sequence number. Ordering by the transaction first is what makes the log safe to read while
 * writers are still committing: a reader only ever reads changes of transactions older than the
 * oldest one still in flight, and every transaction that commits later has a higher transaction
 * number than any the reader has seen, so no change can ever appear behind a position a reader has
 * passed. The sequence orders the changes of one transaction as they were made.
 *
 * <p>Its text (the feed's {@code after} and {@code next_cursor}, SSE's {@code id}, the Kafka
 * header) is 32 lower-case hexadecimal digits, 16 for each part, so positions sort as text in the
 * same order as they do here.
 *
 * @param transaction the committing transaction's number, never negative
 * @param sequence    the change's number in the log's sequence, never negative
 */
public record ChangePosition(long transaction, long sequence) implements Comparable<ChangePosition> {

    /** Before every change: reading after it reads the log from its start. */
    public static final ChangePosition START = new ChangePosition(0, 0);

    private static final int TEXT_LENGTH = 32;

    /**
     * A position.
     *
     * @param transaction the committing transaction's number
     * @param sequence    the change's number in the log's sequence
     * @throws IllegalArgumentException if either is negative
     */
    public ChangePosition {
        if (transaction < 0 || sequence < 0) {
            throw new IllegalArgumentException("a change position is never negative");
        }
    }

    /**
     * The position a text names.
     *
     * @param text exactly 32 lower-case hexadecimal digits, as {@link #toString()} writes them
     * @return the position
     * @throws NullPointerException     if {@code text} is null
     * @throws IllegalArgumentException if the text is of another form, or names a negative part
     */
    public static ChangePosition parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() != TEXT_LENGTH || !text.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw new IllegalArgumentException("a change position is 32 lower-case hexadecimal digits");
        }
        long transaction = HexFormat.fromHexDigitsToLong(text, 0, 16);
        long sequence = HexFormat.fromHexDigitsToLong(text, 16, 32);
        return new ChangePosition(transaction, sequence);
    }

    @Override
    public int compareTo(ChangePosition other) {
        int byTransaction = Long.compare(transaction, other.transaction);
        return byTransaction != 0 ? byTransaction : Long.compare(sequence, other.sequence);
    }

    /**
     * Whether this position comes after {@code other} in the log.
     *
     * @param other another position
     * @return true if this one is later
     */
    public boolean isAfter(ChangePosition other) {
        return compareTo(other) > 0;
    }

    /** {@return the 32 hexadecimal digits that {@link #parse} reads back} */
    @Override
    public String toString() {
        HexFormat hex = HexFormat.of();
        return hex.toHexDigits(transaction) + hex.toHexDigits(sequence);
    }
}
