package io.relations.archfixture.clean.testkit.memory;

import io.relations.archfixture.clean.application.port.out.RelationshipStore;
import io.relations.archfixture.clean.domain.event.UserFollowed;
import io.relations.archfixture.clean.domain.model.PairState;
import io.relations.archfixture.clean.domain.model.UserId;
import java.util.ArrayList;
import java.util.List;

/** The outbound port in memory, on the JDK alone: what the real testkit offers its users. */
public final class InMemoryRelationshipStore implements RelationshipStore {

    private final List<PairState> states = new ArrayList<>();

    @Override
    public PairState load(UserId actor, UserId target) {
        return states.stream()
                .filter(state -> state.a().equals(actor) && state.b().equals(target))
                .reduce((first, second) -> second)
                .orElse(new PairState(actor, target, false));
    }

    @Override
    public void append(PairState state, List<UserFollowed> events) {
        states.add(state);
    }
}
