package io.relations.domain.decision;

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
}
