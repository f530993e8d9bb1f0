package io.relations.application.port.out;

import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.application.model.RecordedEvent;
import io.relations.domain.event.HistoryKind;
import io.relations.domain.model.UserId;

/** The history of one kind in which a user is one of the two parties, newest first. */
public interface HistoryReader {

    Page<RecordedEvent> historyOf(UserId user, HistoryKind kind, PageRequest page);
}
