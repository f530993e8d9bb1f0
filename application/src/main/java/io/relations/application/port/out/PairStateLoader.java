package io.relations.application.port.out;

import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.util.Map;
import java.util.Set;

/** Reads the current state of pairs: follows, connection and blocks between two users. */
public interface PairStateLoader {

    PairState load(UserPair pair);

    /** The state of {@code user}'s pair with each of {@code others}, in a constant number of queries. */
    Map<UserId, PairState> loadAll(UserId user, Set<UserId> others);
}
