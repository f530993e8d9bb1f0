package io.relations.domain.decision;

import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;

/**
 * What the privacy rule needs to know about the viewer of a list and its owner, read by the caller
 * in the same snapshot as the list itself: the blocks between the two. Later facts (an owner's
 * hidden-list setting, whether the viewer follows them) join it here, so that the rule stays in
 * {@link Privacy} and every implementation of the read ports only has to supply the facts.
 *
 * @param ownerBlocksViewer the owner of the list blocks its viewer
 * @param viewerBlocksOwner the viewer blocks the owner
 */
public record ListAudience(boolean ownerBlocksViewer, boolean viewerBlocksOwner) {

    /** Two users with no block between them. */
    public static final ListAudience UNRELATED = new ListAudience(false, false);

    /**
     * The audience as the state of the viewer's pair with the owner says it.
     *
     * @param owner whose list it is
     * @param viewer who reads it
     * @param pair the state of their pair
     * @return the blocks between them
     * @throws IllegalArgumentException if owner and viewer are the same user, who has no pair with themselves
     */
    public static ListAudience of(UserId owner, UserId viewer, PairState pair) {
        return new ListAudience(pair.blocks(owner, viewer), pair.blocks(viewer, owner));
    }
}
