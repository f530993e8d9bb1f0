package io.relations.archfixture.outsidethelayers.util;

/** Broken on purpose: a helper package that belongs to no layer, so no layer rule would see it. */
public final class Strings {

    private Strings() {}

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
