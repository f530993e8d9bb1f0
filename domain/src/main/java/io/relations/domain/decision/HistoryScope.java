package io.relations.domain.decision;

import io.relations.domain.event.HistoryKind;
import io.relations.domain.event.RelationshipEvent;
import io.relations.domain.model.UserId;

/**
 * Which rows of a user's history a read returns, as {@link Privacy} decides it. Both scopes keep
 * only rows the user is a party to; they differ on the blocks and unblocks the other party made.
 */
public enum HistoryScope {
    /** Every row the user is a party to, whoever acted: what an administrator reads. */
    EVERY_ROW,
    /**
     * Every row the user is a party to except the blocks and unblocks of others (with their
     * reasons): what a user reads of their own history. A block is its blocker's business alone.
     */
    WITHOUT_BLOCKS_BY_OTHERS;

    /**
     * Whether a row recording {@code event} belongs in {@code owner}'s history read in this scope.
     *
     * @param event the event the row records
     * @param owner whose history is read
     * @return true if the row is shown
     */
    public boolean includes(RelationshipEvent event, UserId owner) {
        if (!event.pair().contains(owner)) {
            return false;
        }
        // The actor of a block or an unblock is always its blocker.
        boolean blockByOther = event.action().kind() == HistoryKind.BLOCKS && !event.actor().equals(owner);
        return switch (this) {
            case EVERY_ROW -> true;
            case WITHOUT_BLOCKS_BY_OTHERS -> !blockByOther;
        };
    }
}
