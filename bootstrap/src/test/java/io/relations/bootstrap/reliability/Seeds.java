package io.relations.bootstrap.reliability;

/** The seed of a randomized test: {@code -Drelations.seed=} replays a run, otherwise a new one, printed by the test. */
final class Seeds {

    static final String PROPERTY = "relations.seed";

    private Seeds() {
    }

    static long seed() {
        String given = System.getProperty(PROPERTY, "").strip();
        return given.isEmpty() ? System.nanoTime() : Long.parseLong(given);
    }
}
