package io.relations.bootstrap.reliability;

import java.util.List;
import java.util.Random;

/** The seeded choices the generators of hostile requests share, so that a seed replays them all alike. */
final class RandomPicks {

    private RandomPicks() {
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** {@code length} characters drawn from {@code alphabet}. */
    static String text(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
