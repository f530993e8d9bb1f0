package io.relations.domain.decision;

import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;

/** Privacy: a user's lists and counts are hidden from the users they block. */
public final class ListVisibility {

    private ListVisibility() {
    }

    /** Whether {@code viewer} may see the lists of {@code owner}, given the state of their pair. */
    public static boolean isVisible(PairState state, UserId owner, UserId viewer) {
        return owner.equals(viewer) || !state.blocks(owner, viewer);
    }
}
