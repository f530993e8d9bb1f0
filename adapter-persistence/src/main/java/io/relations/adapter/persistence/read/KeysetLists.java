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
import io.relations.application.model.GuardedRead;
import io.relations.application.model.ListedUser;
import io.relations.application.model.Page;
import io.relations.application.model.PageCursor;
import io.relations.application.model.PageRequest;
import io.relations.application.model.ReadFacts;
import io.relations.application.model.RecordedEvent;
import io.relations.application.model.RequestDirection;
import io.relations.application.port.out.BlockLists;
import io.relations.application.port.out.ConnectionLists;
import io.relations.application.port.out.FollowLists;
import io.relations.application.port.out.HistoryReader;
import io.relations.domain.decision.HistoryScope;
import io.relations.domain.event.HistoryKind;
import io.relations.domain.model.UserId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.query.NativeQuery;

/**
 * The read ports for lists: each page is one statement, its {@link KeysetQuery} joined to the
 * facts that guard it ({@link ReadFactsSql}), so the page and the facts come from one snapshot.
 * A native query because the keyset row comparison and the union of two partial indexes are
 * PostgreSQL's; its rows are mapped to the table's entity, and from there to the application's
 * values. The facts' row comes back once even when the page is empty (a left join), the entity
 * then null.
 */
public final class KeysetLists implements FollowLists, ConnectionLists, BlockLists, HistoryReader {

    /** Each list's statement, first page and after a cursor, built once: the facts' row joined to the page. */
    private static final Map<KeysetQuery, List<String>> GUARDED = guardedStatements();

    private final Transactions transactions;

    public KeysetLists(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public GuardedRead<Page<ListedUser>> followers(UserId viewer, UserId owner, PageRequest page) {
        return read(KeysetQuery.FOLLOWERS, FollowEntity.class, viewer, owner, page, MAPPER::follower, MAPPER::cursor);
    }

    @Override
    public GuardedRead<Page<ListedUser>> following(UserId viewer, UserId owner, PageRequest page) {
        return read(KeysetQuery.FOLLOWING, FollowEntity.class, viewer, owner, page, MAPPER::followed, MAPPER::cursor);
    }

    @Override
    public GuardedRead<Page<ListedUser>> connections(UserId viewer, UserId owner, PageRequest page) {
        return read(KeysetQuery.CONNECTIONS, ConnectionEntity.class, viewer, owner, page,
                row -> ConnectionRows.connected(row, owner.value()), ConnectionRows::connectedCursor);
    }

    @Override
    public GuardedRead<Page<ListedUser>> pendingRequests(UserId owner, RequestDirection direction, PageRequest page) {
        KeysetQuery query = direction == RequestDirection.INCOMING ? KeysetQuery.INCOMING_REQUESTS : KeysetQuery.OUTGOING_REQUESTS;
        return read(query, ConnectionEntity.class, owner, owner, page,
                row -> ConnectionRows.requested(row, owner.value()), ConnectionRows::requestedCursor);
    }

    @Override
    public GuardedRead<Page<BlockedUser>> blockedBy(UserId blocker, PageRequest page) {
        return read(KeysetQuery.BLOCKS, BlockEntity.class, blocker, blocker, page, MAPPER::blocked, MAPPER::cursor);
    }

    @Override
    public GuardedRead<Page<RecordedEvent>> historyOf(UserId user, HistoryKind kind, HistoryScope scope, PageRequest page) {
        return switch (kind) {
            case FOLLOWS -> read(KeysetQuery.FOLLOWS_HISTORY, FollowHistoryEntity.class, user, user, page,
                    HistoryEvents::recorded, MAPPER::cursor);
            case CONNECTIONS -> read(KeysetQuery.CONNECTIONS_HISTORY, ConnectionHistoryEntity.class, user, user, page,
                    HistoryEvents::recorded, MAPPER::cursor);
            // Only blocks rows depend on the scope: without the blocks of others, they are the user's as blocker.
            case BLOCKS -> read(scope == HistoryScope.EVERY_ROW ? KeysetQuery.BLOCKS_HISTORY : KeysetQuery.BLOCKS_HISTORY_AS_BLOCKER,
                    BlockHistoryEntity.class, user, user, page, HistoryEvents::recorded, MAPPER::cursor);
        };
    }

    private <E, T> GuardedRead<Page<T>> read(KeysetQuery query, Class<E> rowType, UserId viewer, UserId owner, PageRequest page,
                                             Function<E, T> item, Function<E, PageCursor> cursor) {
        String sql = GUARDED.get(query).get(page.after().isPresent() ? 1 : 0);
        List<Object> parameters = new ArrayList<>(ReadFactsSql.parameters(viewer, owner));
        parameters.addAll(query.parameters(owner.value(), page));
        List<Object[]> rows = transactions.inTransaction(session -> {
            @SuppressWarnings("unchecked")
            NativeQuery<Object[]> statement = session.createNativeQuery(sql);
            ReadFactsSql.addScalars(statement);
            statement.addEntity("p", rowType);
            for (int i = 0; i < parameters.size(); i++) {
                statement.setParameter(i + 1, parameters.get(i));
            }
            return statement.getResultList();
        });
        ReadFacts facts = ReadFactsSql.of(rows.get(0));
        List<E> found = new ArrayList<>();
        for (Object[] row : rows) {
            if (row[ReadFactsSql.COLUMNS] != null) {
                found.add(rowType.cast(row[ReadFactsSql.COLUMNS]));
            }
        }
        return new GuardedRead<>(facts, page(found, page, item, cursor));
    }

    private static Map<KeysetQuery, List<String>> guardedStatements() {
        Map<KeysetQuery, List<String>> statements = new EnumMap<>(KeysetQuery.class);
        for (KeysetQuery query : KeysetQuery.values()) {
            statements.put(query, List.of(guarded(query, false), guarded(query, true)));
        }
        return statements;
    }

    private static String guarded(KeysetQuery query, boolean afterCursor) {
        return "select f.*, p.* from (" + ReadFactsSql.FACTS + ") as f\nleft join lateral (" + query.sql(afterCursor)
                + ") as p on true\norder by p." + query.timeColumn() + " desc, p.id desc";
    }

    private static <E, T> Page<T> page(List<E> rows, PageRequest page, Function<E, T> item, Function<E, PageCursor> cursor) {
        if (rows.size() <= page.limit()) {
            return Page.last(rows.stream().map(item).toList());
        }
        List<E> shown = rows.subList(0, page.limit());
        return new Page<>(shown.stream().map(item).toList(), Optional.of(cursor.apply(shown.get(shown.size() - 1))));
    }
}
