package io.relations.application.change;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One field of a change's data, as its {@link ChangeType} declares it.
 *
 * @param name     the field's name in the data: lower case letters and underscores
 * @param privacy  who the field belongs to; it counts only where it is stricter than its type's
 *                 class ({@link PrivacyClass}'s later constants are the stricter): a subscription
 *                 that does not receive it does not receive the field
 * @param optional whether a change of the type may lack the field
 */
public record ChangeField(String name, PrivacyClass privacy, boolean optional) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z_]{0,39}");

    /**
     * A field.
     *
     * @param name     the field's name: lower case letters and underscores, at most 40
     * @param privacy  who the field belongs to
     * @param optional whether a change may lack it
     * @throws NullPointerException     if {@code name} or {@code privacy} is null
     * @throws IllegalArgumentException if the name is not of that form
     */
    public ChangeField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(privacy, "privacy");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a field's name is lower case letters and underscores: " + name);
        }
    }
}
