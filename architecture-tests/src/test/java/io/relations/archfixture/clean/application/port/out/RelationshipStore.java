package io.relations.archfixture.clean.application.port.out;

import io.relations.archfixture.clean.domain.event.UserFollowed;
import io.relations.archfixture.clean.domain.model.PairState;
import io.relations.archfixture.clean.domain.model.UserId;
import java.util.List;

public interface RelationshipStore {

    PairState load(UserId actor, UserId target);

    void append(PairState state, List<UserFollowed> events);
}
