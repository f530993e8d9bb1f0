package io.relations.domain.decision;

import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;

/**
 * The privacy rule (DESIGN §7), in one place; every read use case asks it and nothing else.
 *
 * <ul>
 *   <li>A user's lists and counts are hidden from the users they block. A hidden list or count is
 *       answered as an empty one, the answer a user with nothing to show gets, so that it cannot
 *       be told from an ordinary answer; everything invisible that comes later answers the same.</li>
 *   <li>Block rows and their reasons are their blocker's (and administrators') alone: a user's own
 *       history leaves out the blocks and unblocks the other party made ({@link HistoryScope}).</li>
 *   <li>Administrators read every row.</li>
 * </ul>
 */
public final class Privacy {

    private Privacy() {
    }

    /**
     * Whether {@code viewer} sees the lists and counts of {@code owner}, given the state of their
     * pair; when not, the read answers as if they were empty.
     *
     * @param owner whose lists they are
     * @param viewer who reads them
     * @param pair the state of their pair (any pair when they are the same user)
     * @return true if the lists are shown
     */
    public static boolean showsListsOf(UserId owner, UserId viewer, PairState pair) {
        return owner.equals(viewer) || showsListsOf(owner, viewer, ListAudience.of(owner, viewer, pair));
    }

    /**
     * The same rule on the facts a read port returns with the rows it guards: whether
     * {@code viewer} sees the lists and counts of {@code owner}; when not, the read answers as if
     * they were empty.
     *
     * @param owner whose lists they are
     * @param viewer who reads them
     * @param audience the blocks between them, read with the rows
     * @return true if the lists are shown
     */
    public static boolean showsListsOf(UserId owner, UserId viewer, ListAudience audience) {
        return owner.equals(viewer) || !audience.ownerBlocksViewer();
    }

    /**
     * Which rows of a user's history (of any kind) {@code reader} gets.
     *
     * @param reader on whose behalf the history is read
     * @return the scope of the rows shown
     */
    public static HistoryScope historyScopeFor(Reader reader) {
        return switch (reader) {
            case OWNER -> HistoryScope.WITHOUT_BLOCKS_BY_OTHERS;
            case ADMINISTRATOR -> HistoryScope.EVERY_ROW;
        };
    }
}
