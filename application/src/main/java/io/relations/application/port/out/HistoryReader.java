package io.relations.application.port.out;

import io.relations.application.model.GuardedRead;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.application.model.RecordedEvent;
import io.relations.domain.decision.HistoryScope;
import io.relations.domain.event.HistoryKind;
import io.relations.domain.model.UserId;

/**
 * The history of one kind in which a user is one of the two parties, newest first, limited to the
 * rows {@code scope} includes, with the facts about the user (viewer and owner alike) from the
 * same snapshot. The scope is applied before the page is cut, so that a page is always full
 * unless it is the last: a short page would tell the reader that rows were left out.
 */
public interface HistoryReader {

    GuardedRead<Page<RecordedEvent>> historyOf(UserId user, HistoryKind kind, HistoryScope scope, PageRequest page);
}
