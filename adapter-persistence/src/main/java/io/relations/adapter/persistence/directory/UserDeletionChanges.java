package io.relations.adapter.persistence.directory;

import io.relations.adapter.persistence.change.ChangeLogWriter;
import io.relations.application.change.ChangeEvent;
import io.relations.application.change.ChangeEvents;
import io.relations.application.change.ChangeType;
import io.relations.application.port.out.IdGenerator;
import io.relations.domain.model.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.StatelessSession;

/**
 * What a user's deletion tells the change log, before its cascade erases the rows: every follow,
 * connection (pending or accepted) and block naming the user as its removal
 * ({@link ChangeEvents#removedByDeletion}), follows first, then connections, then blocks, each
 * kind in the order of its rows' ids; then {@code user.deleted}. The changes are logged in chunks
 * of {@value #CHUNK}, so a user with very many relationships costs bounded memory.
 *
 * <p>One query reads the rows, through a cursor of the server's (the driver's fetch size in the
 * deleting transaction): its first chunk comes with the query, each further one is a fetch of the
 * next {@value #CHUNK} rows from where the one before stopped. The server finds and orders the
 * user's rows once, however many chunks they fill; a query per chunk, with a keyset after the
 * chunk before, would read all of them again for every chunk, since no index orders a user's rows
 * by id. The deletion's locks keep every command naming the user out meanwhile, so the rows do not
 * move while the cursor reads them.
 */
final class UserDeletionChanges {

    static final int CHUNK = 500;

    /**
     * Parameter: ?1 the user. Each branch is a probe of the two indexes that start with either
     * user; the kind keeps the branches apart in the order.
     */
    private static final String RELATIONSHIPS = """
            select r.kind, r.id, r.first, r.second from (
                select 1 as kind, f.id, f.follower_id as first, f.followed_id as second
                from {h-schema}phoenix_kit_user_follows f where f.follower_id = ?1 or f.followed_id = ?1
                union all
                select 2, c.id, c.requester_id, c.recipient_id
                from {h-schema}phoenix_kit_user_connections c where c.requester_id = ?1 or c.recipient_id = ?1
                union all
                select 3, b.id, b.blocker_id, b.blocked_id
                from {h-schema}phoenix_kit_user_blocks b where b.blocker_id = ?1 or b.blocked_id = ?1
            ) as r
            order by r.kind, r.id""";

    private static final List<ChangeType> KINDS = List.of(ChangeType.FOLLOW_REMOVED, ChangeType.CONNECTION_REMOVED, ChangeType.BLOCK_REMOVED);

    private UserDeletionChanges() {
    }

    /**
     * In the deleting transaction, under the user's registration lock and before the cascade: one
     * change-log insert per full chunk as the cursor delivers it, then one of the rest with
     * {@code user.deleted}.
     */
    static void log(StatelessSession session, UserId user, UserId administrator, Instant at, IdGenerator ids) {
        try (ScrollableResults<Object[]> rows = session.createNativeQuery(RELATIONSHIPS, Object[].class)
                .setParameter(1, user.value())
                .setFetchSize(CHUNK)
                .scroll(ScrollMode.FORWARD_ONLY)) {
            List<ChangeEvent> changes = new ArrayList<>(CHUNK + 1);
            while (rows.next()) {
                Object[] row = rows.get();
                changes.add(ChangeEvents.removedByDeletion(ids.newId(), KINDS.get(((Number) row[0]).intValue() - 1),
                        UserId.of((UUID) row[2]), UserId.of((UUID) row[3]), administrator, at));
                if (changes.size() == CHUNK) {
                    ChangeLogWriter.append(session, changes);
                    changes.clear();
                }
            }
            changes.add(ChangeEvents.userDeleted(ids.newId(), user, administrator, at));
            ChangeLogWriter.append(session, changes);
        }
    }
}
