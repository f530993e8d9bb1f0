package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.application.model.RecordedEvent;
import io.relations.domain.event.HistoryKind;
import io.relations.domain.model.UserId;

/** The actor's own audit trail of one kind, newest first. */
public interface HistoryUseCase {

    Outcome<Page<RecordedEvent>> history(UserId actor, HistoryKind kind, PageRequest page);
}
