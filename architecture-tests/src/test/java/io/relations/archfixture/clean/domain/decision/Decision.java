package io.relations.archfixture.clean.domain.decision;

import io.relations.archfixture.clean.domain.event.UserFollowed;
import io.relations.archfixture.clean.domain.model.PairState;
import java.util.List;

public sealed interface Decision {

    record Changed(PairState state, List<UserFollowed> events) implements Decision {}

    record Refused(String reason) implements Decision {}
}
