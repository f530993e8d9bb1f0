package io.relations.domain.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything that holds between the two users of a pair at one moment: the follows each way,
 * the connection, and the blocks each way with their reasons.
 *
 * <p>The state itself accepts any combination so that a store can load whatever it holds; the
 * decisions of {@code RelationshipKernel} only ever lead to states where {@link #isConsistent()}.
 */
public record PairState(UserPair pair, Set<Edge> follows, Connection connection, Map<Edge, BlockReason> blocks) {

    public PairState {
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(connection, "connection");
        follows = Set.copyOf(follows);
        blocks = Map.copyOf(blocks);
        follows.forEach(edge -> requireWithin(pair, edge));
        blocks.keySet().forEach(edge -> requireWithin(pair, edge));
        requireWithin(pair, connection);
    }

    public static PairState empty(UserPair pair) {
        return new PairState(pair, Set.of(), Connection.none(), Map.of());
    }

    public boolean follows(UserId follower, UserId followed) {
        return follows.contains(new Edge(follower, followed));
    }

    public boolean blocks(UserId blocker, UserId blocked) {
        return blocks.containsKey(new Edge(blocker, blocked));
    }

    public boolean blockedEitherWay() {
        return !blocks.isEmpty();
    }

    /** Invariants 2 and 3: a block excludes follows and connections; one connection at most by construction. */
    public boolean isConsistent() {
        return !blockedEitherWay() || (follows.isEmpty() && connection instanceof Connection.None);
    }

    public PairState withFollow(Edge follow) {
        return new PairState(pair, plus(follows, follow), connection, blocks);
    }

    public PairState withoutFollow(Edge follow) {
        return new PairState(pair, minus(follows, follow), connection, blocks);
    }

    public PairState withConnection(Connection newConnection) {
        return new PairState(pair, follows, newConnection, blocks);
    }

    public PairState withBlock(Edge block, BlockReason reason) {
        Map<Edge, BlockReason> newBlocks = new HashMap<>(blocks);
        newBlocks.put(block, reason);
        return new PairState(pair, follows, connection, newBlocks);
    }

    public PairState withoutBlock(Edge block) {
        Map<Edge, BlockReason> newBlocks = new HashMap<>(blocks);
        newBlocks.remove(block);
        return new PairState(pair, follows, connection, newBlocks);
    }

    public Relationship seenBy(UserId viewer) {
        UserId other = pair.other(viewer);
        return new Relationship(
                viewer,
                other,
                follows(viewer, other),
                follows(other, viewer),
                connectionStatusFor(viewer),
                blocks(viewer, other),
                blocks(other, viewer));
    }

    private ConnectionStatus connectionStatusFor(UserId viewer) {
        if (connection instanceof Connection.Pending pending) {
            return pending.requester().equals(viewer) ? ConnectionStatus.PENDING_OUTGOING : ConnectionStatus.PENDING_INCOMING;
        }
        return connection instanceof Connection.Accepted ? ConnectionStatus.CONNECTED : ConnectionStatus.NONE;
    }

    private static Set<Edge> plus(Set<Edge> edges, Edge edge) {
        Set<Edge> copy = new HashSet<>(edges);
        copy.add(edge);
        return copy;
    }

    private static Set<Edge> minus(Set<Edge> edges, Edge edge) {
        Set<Edge> copy = new HashSet<>(edges);
        copy.remove(edge);
        return copy;
    }

    private static void requireWithin(UserPair pair, Edge edge) {
        if (!edge.pair().equals(pair)) {
            throw new IllegalArgumentException(edge + " is not within " + pair);
        }
    }

    private static void requireWithin(UserPair pair, Connection connection) {
        if (connection instanceof Connection.Pending pending) {
            requireWithin(pair, new Edge(pending.requester(), pending.addressee()));
        } else if (connection instanceof Connection.Accepted accepted) {
            requireWithin(pair, new Edge(accepted.requester(), accepted.addressee()));
        }
    }
}
