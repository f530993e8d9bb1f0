package io.relations.domain.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything that holds between the two users of a pair at one moment: the follows each way,
 * the connection, and the blocks each way with their reasons.
 *
 * <p>Every pair state keeps the invariants of DESIGN §2: no self-relationship (a {@link UserPair}
 * has two different users), no follow and no connection while a block exists either way, and at
 * most one connection (a state holds one {@link Connection}). Whichever way a state is made (the
 * canonical constructor, {@link #between}, a {@code with…} method) it is checked, and a state that
 * would break them is refused with an {@link InconsistentPairStateException}. Edges and
 * connections must be between the pair's two users ({@link IllegalArgumentException} otherwise).
 *
 * @param pair the two users
 * @param follows the follows between them, each way at most once (copied)
 * @param connection the connection between them: none, pending or accepted
 * @param blocks the blocks between them with their reasons (copied)
 */
public record PairState(UserPair pair, Set<Edge> follows, Connection connection, Map<Edge, BlockReason> blocks) {

    /**
     * A checked state of the pair.
     *
     * @param pair the two users
     * @param follows the follows between them, each way at most once (copied)
     * @param connection the connection between them: none, pending or accepted
     * @param blocks the blocks between them with their reasons (copied)
     * @throws NullPointerException if any component, edge or reason is null
     * @throws IllegalArgumentException if an edge or the connection is not between the pair's users
     * @throws InconsistentPairStateException if a block stands beside a follow or a connection
     */
    public PairState {
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(connection, "connection");
        follows = Set.copyOf(follows);
        blocks = Map.copyOf(blocks);
        follows.forEach(edge -> requireWithin(pair, edge));
        blocks.keySet().forEach(edge -> requireWithin(pair, edge));
        requireWithin(pair, connection);
        if (!blocks.isEmpty() && (!follows.isEmpty() || !(connection instanceof Connection.None))) {
            throw new InconsistentPairStateException(pair, InconsistentPairStateException.Invariant.BLOCK_EXCLUDES_FOLLOWS_AND_CONNECTION,
                    "blocks " + blocks.keySet() + " beside follows " + follows + " and connection " + connection);
        }
    }

    /**
     * The state of two users with nothing between them.
     *
     * @param pair the two users
     * @return no follow, no connection, no block
     */
    public static PairState empty(UserPair pair) {
        return new PairState(pair, Set.of(), Connection.none(), Map.of());
    }

    /**
     * Starts a state of the pair of {@code one} and {@code other}, in either order, to be filled
     * with {@link Builder#following}, {@link Builder#requested}, {@link Builder#connected} and
     * {@link Builder#blocking}, and checked by {@link Builder#build()}.
     *
     * @param one one of the two users
     * @param other the other user
     * @return a builder of the empty state of their pair
     * @throws IllegalArgumentException if {@code one} and {@code other} are the same user
     */
    public static Builder between(UserId one, UserId other) {
        return new Builder(UserPair.of(one, other));
    }

    /**
     * Whether {@code follower} follows {@code followed}.
     *
     * @param follower who would follow
     * @param followed who would be followed
     * @return true if that follow exists
     * @throws IllegalArgumentException if the two are the same user
     */
    public boolean follows(UserId follower, UserId followed) {
        return follows.contains(new Edge(follower, followed));
    }

    /**
     * Whether {@code blocker} blocks {@code blocked}.
     *
     * @param blocker who would block
     * @param blocked who would be blocked
     * @return true if that block exists
     * @throws IllegalArgumentException if the two are the same user
     */
    public boolean blocks(UserId blocker, UserId blocked) {
        return blocks.containsKey(new Edge(blocker, blocked));
    }

    /**
     * Whether either user blocks the other.
     *
     * @return true if at least one block exists
     */
    public boolean blockedEitherWay() {
        return !blocks.isEmpty();
    }

    /**
     * This state with {@code follow} added.
     *
     * @param follow a follow between the pair's users
     * @return the new state
     * @throws InconsistentPairStateException if a block exists
     */
    public PairState withFollow(Edge follow) {
        return new PairState(pair, plus(follows, follow), connection, blocks);
    }

    /**
     * This state without {@code follow}.
     *
     * @param follow a follow between the pair's users
     * @return the new state (this state's equal if there was no such follow)
     */
    public PairState withoutFollow(Edge follow) {
        return new PairState(pair, minus(follows, follow), connection, blocks);
    }

    /**
     * This state with its connection replaced by {@code newConnection}.
     *
     * @param newConnection the pair's connection from now on; {@link Connection#none()} ends it
     * @return the new state
     * @throws InconsistentPairStateException if a block exists and the connection is not none
     */
    public PairState withConnection(Connection newConnection) {
        return new PairState(pair, follows, newConnection, blocks);
    }

    /**
     * This state with {@code block} added, or its reason replaced.
     *
     * @param block a block between the pair's users
     * @param reason the blocker's reason
     * @return the new state
     * @throws InconsistentPairStateException if a follow or a connection exists
     */
    public PairState withBlock(Edge block, BlockReason reason) {
        Map<Edge, BlockReason> newBlocks = new HashMap<>(blocks);
        newBlocks.put(block, reason);
        return new PairState(pair, follows, connection, newBlocks);
    }

    /**
     * This state without {@code block}.
     *
     * @param block a block between the pair's users
     * @return the new state (this state's equal if there was no such block)
     */
    public PairState withoutBlock(Edge block) {
        Map<Edge, BlockReason> newBlocks = new HashMap<>(blocks);
        newBlocks.remove(block);
        return new PairState(pair, follows, connection, newBlocks);
    }

    /**
     * Everything between the two users as {@code viewer} sees it.
     *
     * @param viewer one of the pair's users
     * @return the relationship from the viewer's side
     * @throws IllegalArgumentException if {@code viewer} is not one of the pair's users
     */
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

    /**
     * Collects the follows, the connection and the blocks of one pair, as a store reads them or a
     * test states them: {@code PairState.between(alice, bob).following(bob, alice).build()}. It
     * accepts anything while collecting; {@link #build()} checks the whole, so a builder can never
     * give an inconsistent state. Not thread-safe; a builder may build more than once.
     */
    public static final class Builder {

        private final UserPair pair;
        private final Set<Edge> follows = new HashSet<>();
        private final List<Connection> connections = new ArrayList<>();
        private final Map<Edge, BlockReason> blocks = new HashMap<>();

        private Builder(UserPair pair) {
            this.pair = pair;
        }

        /**
         * Adds the follow of {@code follower} to {@code followed}.
         *
         * @param follower who follows
         * @param followed who is followed
         * @return this builder
         * @throws IllegalArgumentException if the two are the same user
         */
        public Builder following(UserId follower, UserId followed) {
            follows.add(new Edge(follower, followed));
            return this;
        }

        /**
         * Adds a pending connection request from {@code requester} to {@code addressee}.
         *
         * @param requester who asked
         * @param addressee who was asked
         * @return this builder
         * @throws IllegalArgumentException if the two are the same user
         */
        public Builder requested(UserId requester, UserId addressee) {
            connections.add(new Connection.Pending(requester, addressee));
            return this;
        }

        /**
         * Adds an accepted connection, asked by {@code requester} and accepted by {@code addressee}.
         *
         * @param requester who asked
         * @param addressee who accepted
         * @return this builder
         * @throws IllegalArgumentException if the two are the same user
         */
        public Builder connected(UserId requester, UserId addressee) {
            connections.add(new Connection.Accepted(requester, addressee));
            return this;
        }

        /**
         * Adds the block of {@code blocked} by {@code blocker}, without a reason.
         *
         * @param blocker who blocks
         * @param blocked who is blocked
         * @return this builder
         * @throws IllegalArgumentException if the two are the same user
         */
        public Builder blocking(UserId blocker, UserId blocked) {
            return blocking(blocker, blocked, BlockReason.NONE);
        }

        /**
         * Adds the block of {@code blocked} by {@code blocker}, with its reason; a second block of
         * the same two users replaces the reason.
         *
         * @param blocker who blocks
         * @param blocked who is blocked
         * @param reason the blocker's reason
         * @return this builder
         * @throws IllegalArgumentException if the two are the same user
         */
        public Builder blocking(UserId blocker, UserId blocked, BlockReason reason) {
            blocks.put(new Edge(blocker, blocked), Objects.requireNonNull(reason, "reason"));
            return this;
        }

        /**
         * The state collected so far, checked.
         *
         * @return the pair's state
         * @throws IllegalArgumentException if an edge or a connection is not between the pair's users
         * @throws InconsistentPairStateException if it holds two connections, or a block beside a
         *     follow or a connection
         */
        public PairState build() {
            if (connections.size() > 1) {
                throw new InconsistentPairStateException(pair, InconsistentPairStateException.Invariant.ONE_CONNECTION_PER_PAIR,
                        connections.size() + " connections " + connections);
            }
            return new PairState(pair, follows, connections.isEmpty() ? Connection.none() : connections.get(0), blocks);
        }
    }
}
