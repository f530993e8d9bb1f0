package io.relations.archfixture.domainreadsclock.domain.decision;

import java.time.Instant;

/** Broken on purpose: the decision reads the clock instead of taking the time as an argument. */
public final class ClockReadingDecide {

    private ClockReadingDecide() {}

    public static Instant decidedAt() {
        return Instant.now();
    }
}
