package io.relations.archfixture.packagecycle.domain.model;

import io.relations.archfixture.packagecycle.domain.event.PairChanged;
import java.util.UUID;

/** Broken on purpose: the model knows its events, and the events know the model. */
public record Pair(UUID a, UUID b) {

    public PairChanged changed() {
        return new PairChanged(this);
    }
}
