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
import org.hibernate.StatelessSession;

/**
 * What a user's deletion tells the change log, before its cascade erases the rows: every follow,
 * connection (pending or accepted) and block naming the user as its removal
 * ({@link ChangeEvents#removedByDeletion}), follows first, then connections, then blocks, each
 * kind in the order of its rows' ids; then {@code user.deleted}. The rows are read and logged in
 * chunks of {@value #CHUNK}, so a user with very many relationships costs bounded memory; the
 * deletion's locks keep every command naming the user out meanwhile, so the rows do not move
 * between chunks.
 */
final class UserDeletionChanges {

    static final int CHUNK = 500;

    /**
     * Parameters: ?1 the user, ?2 and ?3 the last (kind, id) of the chunk before, ?4 the chunk's
     * size. Each branch is a probe of the two indexes that start with either user; the kind keeps
     * the branches apart in the keyset order.
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
            where (r.kind, r.id) > (?2, ?3)
            order by r.kind, r.id
            limit ?4""";

    private static final List<ChangeType> KINDS = List.of(ChangeType.FOLLOW_REMOVED, ChangeType.CONNECTION_REMOVED, ChangeType.BLOCK_REMOVED);

    private UserDeletionChanges() {
    }

    /** In the deleting transaction, under the user's registration lock and before the cascade. */
    static void log(StatelessSession session, UserId user, UserId administrator, Instant at, IdGenerator ids) {
        int lastKind = 0;
        UUID lastId = new UUID(0, 0);
        while (true) {
            List<Object[]> rows = session.createNativeQuery(RELATIONSHIPS, Object[].class)
                    .setParameter(1, user.value())
                    .setParameter(2, lastKind)
                    .setParameter(3, lastId)
                    .setParameter(4, CHUNK)
                    .getResultList();
            List<ChangeEvent> changes = new ArrayList<>(rows.size() + 1);
            for (Object[] row : rows) {
                lastKind = ((Number) row[0]).intValue();
                lastId = (UUID) row[1];
                changes.add(ChangeEvents.removedByDeletion(ids.newId(), KINDS.get(lastKind - 1),
                        UserId.of((UUID) row[2]), UserId.of((UUID) row[3]), administrator, at));
            }
            if (rows.size() < CHUNK) {
                changes.add(ChangeEvents.userDeleted(ids.newId(), user, administrator, at));
                ChangeLogWriter.append(session, changes);
                return;
            }
            ChangeLogWriter.append(session, changes);
        }
    }
}
