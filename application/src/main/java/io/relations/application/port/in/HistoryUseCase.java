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

    Outcome<Page<RecordedEvent>> history(UserId owner, Reader reader, HistoryKind kind, PageRequest page);
}
