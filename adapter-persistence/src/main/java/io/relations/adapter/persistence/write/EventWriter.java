package io.relations.adapter.persistence.write;

import io.relations.adapter.persistence.counter.CounterDeltas;
import io.relations.adapter.persistence.entity.BlockEntity;
import io.relations.adapter.persistence.entity.BlockHistoryEntity;
import io.relations.adapter.persistence.entity.ConnectionEntity;
import io.relations.adapter.persistence.entity.ConnectionHistoryEntity;
import io.relations.adapter.persistence.entity.FollowEntity;
import io.relations.adapter.persistence.entity.FollowHistoryEntity;
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
import io.relations.domain.model.Connection;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.hibernate.StatelessSession;

/**
 * Writes one event: its history row, then the change of the current rows, and notes the counter
 * deltas; each is one statement, sent when called ({@link StatelessSession}). A current row
 * created by an event takes the event's id and time, so the row points at the history entry that
 * made it. What a change must find (a pending request to accept, a connection to remove) is known
 * from the state before the event, which the kernel decided on; the statement checks that the
 * database agrees by the number of rows it changed.
 *
 * <p>Both users' rows are already locked (key share) by the command's facts statement, so a
 * concurrent deletion of either waits for this transaction; the order of the writes below does
 * not matter for it.
 */
final class EventWriter implements RelationshipEvent.Visitor<Void> {

    private static final String DELETE_FOLLOW =
            "delete from FollowEntity f where f.followerId = :follower and f.followedId = :followed";
    private static final String DELETE_BLOCK =
            "delete from BlockEntity b where b.blockerId = :blocker and b.blockedId = :blocked";
    private static final String ACCEPT_REQUEST = """
            update ConnectionEntity c set c.status = 'accepted', c.respondedAt = :at, c.updatedAt = :at
            where c.requesterId = :requester and c.recipientId = :recipient and c.status = 'pending'""";
    private static final String DELETE_CONNECTION = """
            delete from ConnectionEntity c
            where least(c.requesterId, c.recipientId) = :lower and greatest(c.requesterId, c.recipientId) = :higher""";

    private final StatelessSession session;
    private final CounterDeltas deltas;
    private final PairState before;
    private final UUID id;
    private final Instant at;
    private final UUID actor;

    EventWriter(StatelessSession session, CounterDeltas deltas, RecordedEvent recorded, PairState before) {
        this.session = session;
        this.deltas = deltas;
        this.before = before;
        this.id = recorded.id();
        // PostgreSQL keeps microseconds; the row says exactly what a later read will return.
        this.at = recorded.occurredAt().truncatedTo(ChronoUnit.MICROS);
        this.actor = recorded.event().actor().value();
    }

    @Override
    public Void userFollowed(UserFollowed event) {
        session.insert(new FollowHistoryEntity(id, uuid(event.follower()), uuid(event.followed()), actor, event.action().code(), at));
        session.insert(new FollowEntity(id, uuid(event.follower()), uuid(event.followed()), at));
        deltas.follow(event.follow(), +1);
        return null;
    }

    @Override
    public Void userUnfollowed(UserUnfollowed event) {
        session.insert(new FollowHistoryEntity(id, uuid(event.follower()), uuid(event.followed()), actor, event.action().code(), at));
        expectOneRow(event, session.createMutationQuery(DELETE_FOLLOW)
                .setParameter("follower", uuid(event.follower()))
                .setParameter("followed", uuid(event.followed()))
                .executeUpdate());
        deltas.follow(event.follow(), -1);
        return null;
    }

    @Override
    public Void connectionRequested(ConnectionRequested event) {
        insertConnectionHistory(event);
        session.insert(new ConnectionEntity(id, uuid(event.requester()), uuid(event.addressee()), at));
        return null;
    }

    @Override
    public Void connectionAccepted(ConnectionAccepted event) {
        insertConnectionHistory(event);
        expectOneRow(event, session.createMutationQuery(ACCEPT_REQUEST)
                .setParameter("at", at)
                .setParameter("requester", uuid(event.requester()))
                .setParameter("recipient", uuid(event.addressee()))
                .executeUpdate());
        deltas.connection(event.pair(), +1);
        return null;
    }

    @Override
    public Void connectionRejected(ConnectionRejected event) {
        insertConnectionHistory(event);
        deleteConnection(event);
        return null;
    }

    @Override
    public Void connectionRemoved(ConnectionRemoved event) {
        insertConnectionHistory(event);
        deleteConnection(event);
        if (before.connection() instanceof Connection.Accepted) {
            deltas.connection(event.pair(), -1);
        }
        return null;
    }

    @Override
    public Void userBlocked(UserBlocked event) {
        String reason = event.reason().asOptional().orElse(null);
        session.insert(new BlockHistoryEntity(id, uuid(event.blocker()), uuid(event.blocked()), actor, event.action().code(), reason, at));
        session.insert(new BlockEntity(id, uuid(event.blocker()), uuid(event.blocked()), reason, at));
        return null;
    }

    @Override
    public Void userUnblocked(UserUnblocked event) {
        session.insert(new BlockHistoryEntity(id, uuid(event.blocker()), uuid(event.blocked()), actor, event.action().code(), null, at));
        expectOneRow(event, session.createMutationQuery(DELETE_BLOCK)
                .setParameter("blocker", uuid(event.blocker()))
                .setParameter("blocked", uuid(event.blocked()))
                .executeUpdate());
        return null;
    }

    private void insertConnectionHistory(RelationshipEvent event) {
        UserPair pair = event.pair();
        session.insert(new ConnectionHistoryEntity(id, uuid(pair.lower()), uuid(pair.higher()), actor, event.action().code(), at));
    }

    private void deleteConnection(RelationshipEvent event) {
        expectOneRow(event, session.createMutationQuery(DELETE_CONNECTION)
                .setParameter("lower", uuid(event.pair().lower()))
                .setParameter("higher", uuid(event.pair().higher()))
                .executeUpdate());
    }

    private static void expectOneRow(RelationshipEvent event, int rows) {
        if (rows != 1) {
            throw stale(event, rows + " rows changed instead of 1");
        }
    }

    /** The kernel decided on the state read under the pair lock, so this is a bug, never a race: roll back. */
    private static IllegalStateException stale(RelationshipEvent event, String what) {
        return new IllegalStateException("cannot record " + event + ": " + what);
    }

    private static UUID uuid(UserId user) {
        return user.value();
    }
}
