package io.relations.archfixture.clean.application.service;

import io.relations.archfixture.clean.application.port.in.FollowUseCase;
import io.relations.archfixture.clean.application.port.out.Clock;
import io.relations.archfixture.clean.application.port.out.RelationshipStore;
import io.relations.archfixture.clean.domain.command.Follow;
import io.relations.archfixture.clean.domain.decision.Decide;
import io.relations.archfixture.clean.domain.decision.Decision;
import io.relations.archfixture.clean.domain.model.PairState;

public final class FollowService implements FollowUseCase {

    private final RelationshipStore store;
    private final Clock clock;

    public FollowService(RelationshipStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Decision follow(Follow command) {
        PairState state = store.load(command.actor(), command.target());
        Decision decision = Decide.follow(state, command, clock.now());
        if (decision instanceof Decision.Changed changed) {
            store.append(changed.state(), changed.events());
        }
        return decision;
    }
}
