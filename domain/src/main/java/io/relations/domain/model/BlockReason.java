package io.relations.domain.model;

import java.util.Objects;
import java.util.Optional;

/** Why a user blocked another, in their own words; optional, at most 500 characters. */
public record BlockReason(String text) {

    public static final int MAX_LENGTH = 500;
    public static final BlockReason NONE = new BlockReason("");

    public BlockReason {
        Objects.requireNonNull(text, "text");
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new IllegalArgumentException("a block reason has at most " + MAX_LENGTH + " characters");
        }
    }

    /** A reason from text that may be absent or blank; both mean no reason. */
    public static BlockReason of(Optional<String> text) {
        return text.map(String::strip).filter(stripped -> !stripped.isEmpty()).map(BlockReason::new).orElse(NONE);
    }

    public Optional<String> asOptional() {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
