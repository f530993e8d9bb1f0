package io.relations.archfixture.packagecycle.domain.event;

import io.relations.archfixture.packagecycle.domain.model.Pair;

public record PairChanged(Pair pair) {}
