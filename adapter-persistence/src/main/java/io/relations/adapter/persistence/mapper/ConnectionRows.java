package io.relations.adapter.persistence.mapper;

import io.relations.adapter.persistence.entity.ConnectionEntity;
import io.relations.application.model.ListedUser;
import io.relations.application.model.PageCursor;
import io.relations.domain.model.Connection;
import io.relations.domain.model.UserId;
import java.util.UUID;

/**
 * Connection rows to domain values, by hand: which user a list shows depends on who owns the list,
 * and the status column decides between two domain types.
 */
public final class ConnectionRows {

    private ConnectionRows() {
    }

    public static Connection connection(ConnectionEntity row) {
        UserId requester = UserId.of(row.getRequesterId());
        UserId recipient = UserId.of(row.getRecipientId());
        return row.isAccepted() ? new Connection.Accepted(requester, recipient) : new Connection.Pending(requester, recipient);
    }

    /** An entry of {@code owner}'s connections: the other user, connected since the recipient accepted. */
    public static ListedUser connected(ConnectionEntity row, UUID owner) {
        return new ListedUser(UserId.of(row.otherThan(owner)), row.getRespondedAt());
    }

    public static PageCursor connectedCursor(ConnectionEntity row) {
        return new PageCursor(row.getRespondedAt(), row.getId());
    }

    /** An entry of {@code owner}'s pending requests, incoming or outgoing: the other user, since the request. */
    public static ListedUser requested(ConnectionEntity row, UUID owner) {
        return new ListedUser(UserId.of(row.otherThan(owner)), row.getRequestedAt());
    }

    public static PageCursor requestedCursor(ConnectionEntity row) {
        return new PageCursor(row.getRequestedAt(), row.getId());
    }
}
