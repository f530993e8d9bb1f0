package io.relations.archfixture.clean.domain.model;

public record PairState(UserId a, UserId b, boolean aFollowsB) {

    public PairState withFollow() {
        return new PairState(a, b, true);
    }
}
