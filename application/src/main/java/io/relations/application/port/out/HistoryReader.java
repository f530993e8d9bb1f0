package io.relations.application.port.out;

import io.relations.application.model.GuardedRead;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.application.model.RecordedEvent;
import io.relations.domain.decision.HistoryScope;
import io.relations.domain.event.HistoryKind;
import io.relations.domain.model.UserId;

/**
 * The history of one kind in which a user is one of the two parties, newest first on (time, id),
 * limited to the rows {@code scope} includes, with the facts about the user (viewer and owner
 * alike) from the same snapshot. The scope is applied before the page is cut, so that a page is
 * always full unless it is the last: a short page would tell the reader that rows were left out.
 * Each row is the recorded event as it was recorded: its id, its event and its time (a storage
 * may keep time to the microsecond, as PostgreSQL does). Deleting a user erases the rows that
 * name them. Paged as {@link FollowLists} says.
 */
public interface HistoryReader {

    /**
     * The user's history of one kind.
     *
     * @param user  a party to every row, reading them
     * @param kind  follows, connections or blocks
     * @param scope which of the user's rows
     * @param page  the page's size and start
     * @return the page, with the facts of its snapshot
     */
    GuardedRead<Page<RecordedEvent>> historyOf(UserId user, HistoryKind kind, HistoryScope scope, PageRequest page);
}
