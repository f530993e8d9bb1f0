package io.relations.domain.testing;

import io.relations.domain.model.BlockReason;
import io.relations.domain.model.Connection;
import io.relations.domain.model.Edge;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;

/** Builds the state of a pair for a test: {@code GivenPair.of(ALICE, BOB).following(BOB, ALICE).state()}. */
public final class GivenPair {

    private PairState state;

    private GivenPair(UserPair pair) {
        this.state = PairState.empty(pair);
    }

    public static GivenPair of(UserId one, UserId other) {
        return new GivenPair(UserPair.of(one, other));
    }

    public GivenPair following(UserId follower, UserId followed) {
        state = state.withFollow(new Edge(follower, followed));
        return this;
    }

    public GivenPair requested(UserId requester, UserId addressee) {
        state = state.withConnection(new Connection.Pending(requester, addressee));
        return this;
    }

    public GivenPair connected(UserId requester, UserId addressee) {
        state = state.withConnection(new Connection.Accepted(requester, addressee));
        return this;
    }

    public GivenPair blocking(UserId blocker, UserId blocked) {
        state = state.withBlock(new Edge(blocker, blocked), BlockReason.NONE);
        return this;
    }

    public PairState state() {
        return state;
    }
}
