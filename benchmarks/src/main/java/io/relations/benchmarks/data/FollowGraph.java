package io.relations.benchmarks.data;

import java.util.BitSet;
import java.util.SplittableRandom;

/**
 * Who follows whom, as user indexes. Power law on both sides: the followed user of an ordinary
 * edge is Zipf-distributed with exponent 1 (in-degree: a few users are followed by a large share
 * of everyone), and how many users each user follows is Zipf-distributed with exponent 0.7 (a
 * milder tail, so someone follows tens of thousands on the 10M set and most follow a handful).
 * Ranks are shuffled onto users, so being popular and following many are independent.
 *
 * <p>On top of that, exactly {@link DataSetSize#celebrityFollowers()} users follow the celebrity
 * and exactly 10 follow the ten-followers user; neither is drawn by the Zipf sampling.
 *
 * <p>Edges are produced follower by follower, so memory stays a few arrays of one entry per user
 * (about 20 bytes a user, 25 MB for the 10M set) however many edges there are; pairs are unique
 * because each follower's targets are drawn without repetition, and nobody follows themselves.
 */
final class FollowGraph {

    /** Receives the edges one at a time. */
    interface EdgeSink {
        void follow(int follower, int followed) throws Exception;
    }

    static final double FOLLOWED_EXPONENT = 1.0;
    static final double FOLLOWING_EXPONENT = 0.7;
    private static final int ROLE_USERS = 2;

    private final DataSetSize size;
    private final int users;
    private final SplittableRandom random;
    private final int[] ordinaryFollowing;
    private final BitSet followsCelebrity;
    private final BitSet followsTenFollowersUser;
    private final int[] followedByRank;
    private final ZipfRanks followedRanks;

    FollowGraph(DataSetSize size, SplittableRandom random) {
        this.size = size;
        this.users = size.users();
        this.random = random;
        this.followsCelebrity = distinctUsers(size.celebrityFollowers(), GeneratedUsers.CELEBRITY + 1);
        this.followsTenFollowersUser = distinctUsers(DataSetSize.TEN, ROLE_USERS);
        this.ordinaryFollowing = ordinaryFollowingCounts();
        // The two role users are never drawn: their follower counts stay exactly as designed.
        this.followedByRank = shuffled(ROLE_USERS, users);
        this.followedRanks = new ZipfRanks(followedByRank.length, FOLLOWED_EXPONENT);
    }

    void forEachEdge(EdgeSink sink) throws Exception {
        BitSet chosen = new BitSet(users);
        int[] chosenList = new int[maxOrdinaryFollowing() + 1];
        for (int follower = 0; follower < users; follower++) {
            if (followsCelebrity.get(follower)) {
                sink.follow(follower, GeneratedUsers.CELEBRITY);
            }
            if (followsTenFollowersUser.get(follower)) {
                sink.follow(follower, GeneratedUsers.TEN_FOLLOWERS);
            }
            int count = 0;
            while (count < ordinaryFollowing[follower]) {
                int followed = followedByRank[followedRanks.next(random)];
                if (followed != follower && !chosen.get(followed)) {
                    chosen.set(followed);
                    chosenList[count++] = followed;
                    sink.follow(follower, followed);
                }
            }
            for (int i = 0; i < count; i++) {
                chosen.clear(chosenList[i]);
            }
        }
    }

    /**
     * How many ordinary edges each user starts, drawn edge by edge from the following Zipf. Capped
     * at half the users one can follow, so drawing distinct targets never stalls on a small set.
     */
    private int[] ordinaryFollowingCounts() {
        int[] counts = new int[users];
        int[] followerByRank = shuffled(0, users);
        ZipfRanks followerRanks = new ZipfRanks(users, FOLLOWING_EXPONENT);
        int cap = maxOrdinaryFollowing();
        for (long edge = 0; edge < size.ordinaryEdges(); edge++) {
            int follower;
            do {
                follower = followerByRank[followerRanks.next(random)];
            } while (counts[follower] >= cap);
            counts[follower]++;
        }
        return counts;
    }

    private int maxOrdinaryFollowing() {
        return (users - ROLE_USERS - 1) / 2;
    }

    /** {@code count} distinct users with index {@code from} or above. */
    private BitSet distinctUsers(int count, int from) {
        if (count > users - from) {
            throw new IllegalStateException(count + " distinct users wanted from only " + (users - from));
        }
        int[] candidates = shuffled(from, users);
        BitSet chosen = new BitSet(users);
        for (int i = 0; i < count; i++) {
            chosen.set(candidates[i]);
        }
        return chosen;
    }

    /** The users {@code from} (inclusive) to {@code to} (exclusive) in random order. */
    private int[] shuffled(int from, int to) {
        int[] values = new int[to - from];
        for (int i = 0; i < values.length; i++) {
            values[i] = from + i;
        }
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        return values;
    }
}
