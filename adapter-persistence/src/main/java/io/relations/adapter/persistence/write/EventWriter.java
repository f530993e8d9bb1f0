package io.relations.adapter.persistence.write;

import io.relations.adapter.persistence.counter.CounterDeltas;
import io.relations.adapter.persistence.entity.BlockEntity;
import io.relations.adapter.persistence.entity.BlockHistoryEntity;
import io.relations.adapter.persistence.entity.ConnectionEntity;
import io.relations.adapter.persistence.entity.ConnectionHistoryEntity;
import io.relations.adapter.persistence.entity.FollowEntity;
import io.relations.adapter.persistence.entity.FollowHistoryEntity;
import io.relations.adapter.persistence.read.CurrentRows;
import io.relations.application.model.RecordedEvent;
import io.relations.domain.event.ConnectionAccepted;
import io.relations.domain.event.ConnectionRejected;
import io.relations.domain.event.ConnectionRemoved;
import io.relations.domain.event.ConnectionRequested;
import io.relations.domain.event.RelationshipEvent;
import io.relations.domain.event.UserBlocked;
import io.relations.domain.event.UserFollowed;
import io.relations.domain.event.UserUnblocked;
import io.relations.domain.event.UserUnfollowed;
import io.relations.domain.model.Edge;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Writes one event: its history row, then the change of the current rows, and notes the counter
 * deltas. A current row created by an event takes the event's id and time, so the row points at
 * the history entry that made it.
 *
 * <p>The history row is flushed first on purpose: its foreign keys take a share lock on both
 * users before any relationship row is touched, so a concurrent deletion of one of them either
 * waits for this transaction or makes it wait, but the two never hold what the other needs.
 */
final class EventWriter implements RelationshipEvent.Visitor<Void> {

    private final EntityManager entityManager;
    private final CounterDeltas deltas;
    private final UUID id;
    private final Instant at;
    private final UUID actor;

    EventWriter(EntityManager entityManager, CounterDeltas deltas, RecordedEvent recorded) {
        this.entityManager = entityManager;
        this.deltas = deltas;
        this.id = recorded.id();
        // PostgreSQL keeps microseconds; the row says exactly what a later read will return.
        this.at = recorded.occurredAt().truncatedTo(ChronoUnit.MICROS);
        this.actor = recorded.event().actor().value();
    }

    @Override
    public Void userFollowed(UserFollowed event) {
        appendHistory(new FollowHistoryEntity(id, uuid(event.follower()), uuid(event.followed()), actor, event.action().code(), at));
        entityManager.persist(new FollowEntity(id, uuid(event.follower()), uuid(event.followed()), at));
        deltas.follow(event.follow(), +1);
        return null;
    }

    @Override
    public Void userUnfollowed(UserUnfollowed event) {
        appendHistory(new FollowHistoryEntity(id, uuid(event.follower()), uuid(event.followed()), actor, event.action().code(), at));
        expectOneRow(event, entityManager
                .createQuery("delete from FollowEntity f where f.followerId = :follower and f.followedId = :followed")
                .setParameter("follower", uuid(event.follower()))
                .setParameter("followed", uuid(event.followed()))
                .executeUpdate());
        deltas.follow(event.follow(), -1);
        return null;
    }

    @Override
    public Void connectionRequested(ConnectionRequested event) {
        appendConnectionHistory(event);
        entityManager.persist(new ConnectionEntity(id, uuid(event.requester()), uuid(event.addressee()), at));
        return null;
    }

    @Override
    public Void connectionAccepted(ConnectionAccepted event) {
        appendConnectionHistory(event);
        pendingRequest(event, event.requester(), event.addressee()).accept(at);
        deltas.connection(event.pair(), +1);
        return null;
    }

    @Override
    public Void connectionRejected(ConnectionRejected event) {
        appendConnectionHistory(event);
        entityManager.remove(pendingRequest(event, event.requester(), event.addressee()));
        return null;
    }

    @Override
    public Void connectionRemoved(ConnectionRemoved event) {
        appendConnectionHistory(event);
        ConnectionEntity connection = CurrentRows.connectionOf(entityManager, event.pair())
                .orElseThrow(() -> stale(event, "no connection row"));
        if (connection.isAccepted()) {
            deltas.connection(event.pair(), -1);
        }
        entityManager.remove(connection);
        return null;
    }

    @Override
    public Void userBlocked(UserBlocked event) {
        String reason = event.reason().asOptional().orElse(null);
        appendHistory(new BlockHistoryEntity(id, uuid(event.blocker()), uuid(event.blocked()), actor, event.action().code(), reason, at));
        entityManager.persist(new BlockEntity(id, uuid(event.blocker()), uuid(event.blocked()), reason, at));
        return null;
    }

    @Override
    public Void userUnblocked(UserUnblocked event) {
        appendHistory(new BlockHistoryEntity(id, uuid(event.blocker()), uuid(event.blocked()), actor, event.action().code(), null, at));
        expectOneRow(event, entityManager
                .createQuery("delete from BlockEntity b where b.blockerId = :blocker and b.blockedId = :blocked")
                .setParameter("blocker", uuid(event.blocker()))
                .setParameter("blocked", uuid(event.blocked()))
                .executeUpdate());
        return null;
    }

    private void appendConnectionHistory(RelationshipEvent event) {
        UserPair pair = event.pair();
        appendHistory(new ConnectionHistoryEntity(id, uuid(pair.lower()), uuid(pair.higher()), actor, event.action().code(), at));
    }

    private void appendHistory(Object historyRow) {
        entityManager.persist(historyRow);
        entityManager.flush();
    }

    private ConnectionEntity pendingRequest(RelationshipEvent event, UserId requester, UserId addressee) {
        ConnectionEntity connection = CurrentRows.connectionOf(entityManager, event.pair())
                .orElseThrow(() -> stale(event, "no connection row"));
        if (connection.isAccepted() || !new Edge(requester, addressee).equals(
                new Edge(UserId.of(connection.getRequesterId()), UserId.of(connection.getRecipientId())))) {
            throw stale(event, "the connection row is not that pending request");
        }
        return connection;
    }

    private static void expectOneRow(RelationshipEvent event, int rows) {
        if (rows != 1) {
            throw stale(event, rows + " rows changed instead of 1");
        }
    }

    /** The kernel decided on the state loaded under the pair lock, so this is a bug, never a race: roll back. */
    private static IllegalStateException stale(RelationshipEvent event, String what) {
        return new IllegalStateException("cannot record " + event + ": " + what);
    }

    private static UUID uuid(UserId user) {
        return user.value();
    }
}
