package io.relations.application.change;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name under which a consumer of the change log keeps its position: {@code kafka}, or
 * {@code webhook:<subscription id>}. Bounded and of a fixed alphabet, since it becomes a key in
 * storage, a lock and a metric tag.
 *
 * @param value lower-case letters, digits and {@code . _ : -}, 1 to 100 characters, starting with a letter or digit
 */
public record ConsumerName(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9._:-]{0,99}");

    /**
     * A name.
     *
     * @param value the name
     * @throws NullPointerException     if {@code value} is null
     * @throws IllegalArgumentException if it is not of the form above
     */
    public ConsumerName {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a consumer's name is 1 to 100 of a-z 0-9 . _ : - and starts with a letter or digit");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
