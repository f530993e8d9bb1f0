package io.relations.adapter.persistence.read;

import static io.relations.adapter.persistence.mapper.RelationshipRows.MAPPER;

import io.relations.adapter.persistence.entity.BlockEntity;
import io.relations.adapter.persistence.entity.BlockHistoryEntity;
import io.relations.adapter.persistence.entity.ConnectionEntity;
import io.relations.adapter.persistence.entity.ConnectionHistoryEntity;
import io.relations.adapter.persistence.entity.FollowEntity;
import io.relations.adapter.persistence.entity.FollowHistoryEntity;
import io.relations.adapter.persistence.mapper.ConnectionRows;
import io.relations.adapter.persistence.mapper.HistoryEvents;
import io.relations.adapter.persistence.transaction.Transactions;
import io.relations.application.model.BlockedUser;
import io.relations.application.model.ListedUser;
import io.relations.application.model.Page;
import io.relations.application.model.PageCursor;
import io.relations.application.model.PageRequest;
import io.relations.application.model.RecordedEvent;
import io.relations.application.model.RequestDirection;
import io.relations.application.port.out.BlockLists;
import io.relations.application.port.out.ConnectionLists;
import io.relations.application.port.out.FollowLists;
import io.relations.application.port.out.HistoryReader;
import io.relations.domain.decision.HistoryScope;
import io.relations.domain.event.HistoryKind;
import io.relations.domain.model.UserId;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** The read ports for lists: one {@link KeysetQuery} each, its rows mapped to the application's values. */
public final class KeysetLists implements FollowLists, ConnectionLists, BlockLists, HistoryReader {

    private final Transactions transactions;

    public KeysetLists(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public Page<ListedUser> followers(UserId user, PageRequest page) {
        return read(KeysetQuery.FOLLOWERS, FollowEntity.class, user, page, MAPPER::follower, MAPPER::cursor);
    }

    @Override
    public Page<ListedUser> following(UserId user, PageRequest page) {
        return read(KeysetQuery.FOLLOWING, FollowEntity.class, user, page, MAPPER::followed, MAPPER::cursor);
    }

    @Override
    public Page<ListedUser> connections(UserId user, PageRequest page) {
        return read(KeysetQuery.CONNECTIONS, ConnectionEntity.class, user, page,
                row -> ConnectionRows.connected(row, user.value()), ConnectionRows::connectedCursor);
    }

    @Override
    public Page<ListedUser> pendingRequests(UserId user, RequestDirection direction, PageRequest page) {
        KeysetQuery query = direction == RequestDirection.INCOMING ? KeysetQuery.INCOMING_REQUESTS : KeysetQuery.OUTGOING_REQUESTS;
        return read(query, ConnectionEntity.class, user, page,
                row -> ConnectionRows.requested(row, user.value()), ConnectionRows::requestedCursor);
    }

    @Override
    public Page<BlockedUser> blockedBy(UserId blocker, PageRequest page) {
        return read(KeysetQuery.BLOCKS, BlockEntity.class, blocker, page, MAPPER::blocked, MAPPER::cursor);
    }

    @Override
    public Page<RecordedEvent> historyOf(UserId user, HistoryKind kind, HistoryScope scope, PageRequest page) {
        return switch (kind) {
            case FOLLOWS -> read(KeysetQuery.FOLLOWS_HISTORY, FollowHistoryEntity.class, user, page,
                    HistoryEvents::recorded, MAPPER::cursor);
            case CONNECTIONS -> read(KeysetQuery.CONNECTIONS_HISTORY, ConnectionHistoryEntity.class, user, page,
                    HistoryEvents::recorded, MAPPER::cursor);
            // Only blocks rows depend on the scope: without the blocks of others, they are the user's as blocker.
            case BLOCKS -> read(scope == HistoryScope.EVERY_ROW ? KeysetQuery.BLOCKS_HISTORY : KeysetQuery.BLOCKS_HISTORY_AS_BLOCKER,
                    BlockHistoryEntity.class, user, page, HistoryEvents::recorded, MAPPER::cursor);
        };
    }

    private <E, T> Page<T> read(KeysetQuery query, Class<E> rowType, UserId owner, PageRequest page,
                                Function<E, T> item, Function<E, PageCursor> cursor) {
        List<E> rows = transactions.inTransaction(entityManager -> {
            Query sql = entityManager.createNativeQuery(query.sql(page), rowType);
            List<Object> parameters = query.parameters(owner.value(), page);
            for (int i = 0; i < parameters.size(); i++) {
                sql.setParameter(i + 1, parameters.get(i));
            }
            @SuppressWarnings("unchecked")
            List<E> result = sql.getResultList();
            return result;
        });
        if (rows.size() <= page.limit()) {
            return Page.last(rows.stream().map(item).toList());
        }
        List<E> shown = rows.subList(0, page.limit());
        return new Page<>(shown.stream().map(item).toList(), Optional.of(cursor.apply(shown.get(shown.size() - 1))));
    }
}
