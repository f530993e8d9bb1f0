package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.application.model.RecordedEvent;
import io.relations.domain.decision.Reader;
import io.relations.domain.event.HistoryKind;
import io.relations.domain.model.UserId;

/**
 * A user's audit trail of one kind, newest first, in the scope the privacy rule gives the reader:
 * the owner's own reads leave out the blocks others made; an administrator's read has every row
 * and works while the module is switched off.
 */
public interface HistoryUseCase {

    /**
     * The recorded events of one kind that the owner is a party to.
     *
     * @param owner  whose history
     * @param reader the owner themself or an administrator; the caller vouches for which
     * @param kind   follows, connections or blocks
     * @param page   the page's size and start
     * @return the page, each row as it was recorded; denied, for the owner's read,
     *         {@code MODULE_DISABLED} or {@code USER_DELETED} (the owner not registered); for an
     *         administrator's, {@code USER_NOT_FOUND} (the owner not registered), whatever the
     *         module switch
     */
    Outcome<Page<RecordedEvent>> history(UserId owner, Reader reader, HistoryKind kind, PageRequest page);
}
