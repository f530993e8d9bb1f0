package io.relations.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.adapter.persistence.support.RelationsOnPostgres;
import io.relations.application.model.PageCursor;
import io.relations.application.model.PageRequest;
import io.relations.application.model.RequestDirection;
import io.relations.application.port.out.ValueRejectedException;
import io.relations.domain.decision.HistoryScope;
import io.relations.domain.event.HistoryKind;
import io.relations.domain.model.UserId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What PostgreSQL refuses as a data exception (SQLSTATE class 22) leaves every read port as a
 * {@link ValueRejectedException}: a value's fault, never the database's. The REST adapter's cursor
 * check keeps such positions away; this is the layer behind it.
 */
class DataExceptionsOnPostgresTest {

    @RegisterExtension
    static final RelationsOnPostgres relations = RelationsOnPostgres.perTestClass(2);

    /** Beyond PostgreSQL's timestamptz (294276 AD), well inside Java's Instant. */
    private static final PageCursor BEYOND_POSTGRES = new PageCursor(Instant.parse("+300000-01-01T00:00:00Z"), UUID.randomUUID());

    @Test
    void a_page_after_a_time_beyond_postgres_range_is_a_rejected_value_on_every_list() {
        UserId user = relations.newUser();
        PageRequest page = PageRequest.after(BEYOND_POSTGRES, 10);
        RelationsPersistence persistence = relations.persistence();

        assertThatThrownBy(() -> persistence.followLists().followers(user, user, page)).isInstanceOf(ValueRejectedException.class);
        assertThatThrownBy(() -> persistence.followLists().following(user, user, page)).isInstanceOf(ValueRejectedException.class);
        assertThatThrownBy(() -> persistence.connectionLists().connections(user, user, page)).isInstanceOf(ValueRejectedException.class);
        for (RequestDirection direction : RequestDirection.values()) {
            assertThatThrownBy(() -> persistence.connectionLists().pendingRequests(user, direction, page))
                    .isInstanceOf(ValueRejectedException.class);
        }
        assertThatThrownBy(() -> persistence.blockLists().blockedBy(user, page)).isInstanceOf(ValueRejectedException.class);
        for (HistoryKind kind : HistoryKind.values()) {
            assertThatThrownBy(() -> persistence.historyReader().historyOf(user, kind, HistoryScope.EVERY_ROW, page)).isInstanceOf(ValueRejectedException.class);
        }
    }
}
