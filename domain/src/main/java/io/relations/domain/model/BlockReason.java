package io.relations.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Why a user blocked another, in their own words; optional, at most {@value #MAX_LENGTH}
 * characters (code points). The empty text means no reason.
 *
 * @param text the reason, empty for none
 */
public record BlockReason(String text) {

    /** The longest reason, in code points, as PhoenixKit allows. */
    public static final int MAX_LENGTH = 500;

    /** No reason given. */
    public static final BlockReason NONE = new BlockReason("");

    /**
     * A reason of at most {@value #MAX_LENGTH} code points, kept as given.
     *
     * @param text the reason, empty for none
     * @throws NullPointerException if the text is null
     * @throws IllegalArgumentException if it is longer than {@value #MAX_LENGTH} code points
     */
    public BlockReason {
        Objects.requireNonNull(text, "text");
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new IllegalArgumentException("a block reason has at most " + MAX_LENGTH + " characters");
        }
    }

    /**
     * A reason from text that may be absent or blank; both mean no reason. Other text is stripped
     * of surrounding white space.
     *
     * @param text the reason as given, if any
     * @return the reason, {@link #NONE} for an absent or blank one
     * @throws IllegalArgumentException if the stripped text is longer than {@value #MAX_LENGTH} code points
     */
    public static BlockReason of(Optional<String> text) {
        return text.map(String::strip).filter(stripped -> !stripped.isEmpty()).map(BlockReason::new).orElse(NONE);
    }

    /**
     * The reason, if one was given.
     *
     * @return the text, or empty for {@link #NONE}
     */
    public Optional<String> asOptional() {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
