package io.relations.archfixture.domainreadsclock.domain.event;

import java.util.UUID;
import java.util.function.Supplier;

/** Broken on purpose: ids drawn at random inside the domain, through a method reference. */
public final class RandomEventIds {

    private RandomEventIds() {}

    public static Supplier<UUID> ids() {
        return UUID::randomUUID;
    }
}
