package io.relations.bootstrap.reliability;

/**
 * How much the reliability tests do: the fast variants run in every build, the long ones when the
 * build is given {@code -Drelations.reliability=long} (docs/RELIABILITY.md has the command).
 */
final class Volumes {

    static final String PROPERTY = "relations.reliability";

    private Volumes() {
    }

    static boolean isLong() {
        return "long".equalsIgnoreCase(System.getProperty(PROPERTY, "fast").strip());
    }

    static int fastOrLong(int fast, int longRun) {
        return isLong() ? longRun : fast;
    }

    static String name() {
        return isLong() ? "long" : "fast";
    }
}
