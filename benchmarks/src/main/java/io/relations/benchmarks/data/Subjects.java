package io.relations.benchmarks.data;

import io.relations.application.model.PageCursor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The users a measurement asks about in one data set, found in its data: the most followed, a
 * typical one (median follower count), the one following the most, the two role users, and a
 * caller with long lists on both sides who asks for the batch lookup and views every list.
 *
 * @param deepFollowers  a cursor halfway down the most followed user's followers
 * @param deepFollowing  a cursor halfway down the list of the user following the most
 * @param lookup         100 ids for {@code /me/relationships}: users the caller follows, followers, unrelated users
 */
record Subjects(
        UserDegrees.Degree mostFollowed,
        UserDegrees.Degree typical,
        UserDegrees.Degree mostFollowing,
        UserDegrees.Degree celebrity,
        UserDegrees.Degree tenFollowers,
        UserDegrees.Degree caller,
        PageCursor deepFollowers,
        PageCursor deepFollowing,
        LookupIds lookup) {

    /** The ids of one batch lookup, by how they relate to the caller. */
    record LookupIds(List<UUID> followedByCaller, List<UUID> followingCaller, List<UUID> unrelated) {

        List<UUID> all() {
            List<UUID> all = new ArrayList<>(followedByCaller);
            all.addAll(followingCaller);
            all.addAll(unrelated);
            return all;
        }
    }

    static final int LOOKUP_IDS = 100;
    private static final int LOOKUP_FOLLOWED = 40;
    private static final int LOOKUP_FOLLOWERS = 30;

    // Positions in the newest-first order of a list: the row at an offset, as the cursor of the page after it.
    private static final String FOLLOWER_AT = """
            select inserted_at, id from phoenix_kit_user_follows where followed_id = ?
            order by inserted_at desc, id desc offset ? limit 1""";
    private static final String FOLLOWED_AT = """
            select inserted_at, id from phoenix_kit_user_follows where follower_id = ?
            order by inserted_at desc, id desc offset ? limit 1""";

    private static final String FOLLOWED_BY = """
            select followed_id from phoenix_kit_user_follows where follower_id = ? order by inserted_at desc, id desc limit ?""";
    private static final String FOLLOWERS_NOT_FOLLOWED_BACK = """
            select f.follower_id from phoenix_kit_user_follows f
            where f.followed_id = ?
              and not exists (select 1 from phoenix_kit_user_follows back where back.follower_id = f.followed_id and back.followed_id = f.follower_id)
            order by f.inserted_at desc, f.id desc limit ?""";
    // From the middle of the id space on, users with no follow either way.
    private static final String UNRELATED = """
            select u.id from phoenix_kit_users u
            where u.id > '80000000-0000-0000-0000-000000000000'::uuid and u.id <> ?
              and not exists (select 1 from phoenix_kit_user_follows f where f.follower_id = ? and f.followed_id = u.id)
              and not exists (select 1 from phoenix_kit_user_follows f where f.followed_id = ? and f.follower_id = u.id)
            order by u.id limit ?""";

    static Subjects find(Connection connection) throws SQLException {
        UserDegrees degrees = UserDegrees.of(connection);
        UserDegrees.Degree mostFollowed = degrees.mostFollowed(1).get(0);
        UserDegrees.Degree mostFollowing = degrees.mostFollowing(1).get(0);
        UserDegrees.Degree caller = degrees.mostFollowedAndFollowing();
        return new Subjects(mostFollowed, degrees.typical(), mostFollowing,
                degrees.withHandle(GeneratedUsers.CELEBRITY_HANDLE), degrees.withHandle(GeneratedUsers.TEN_FOLLOWERS_HANDLE), caller,
                rowAt(connection, FOLLOWER_AT, mostFollowed.user(), mostFollowed.followers() / 2),
                rowAt(connection, FOLLOWED_AT, mostFollowing.user(), mostFollowing.following() / 2),
                lookupIds(connection, caller.user()));
    }

    private static PageCursor rowAt(Connection connection, String sql, UUID owner, long offset) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, owner);
            query.setLong(2, offset);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no row at offset " + offset + " of " + owner);
                }
                return new PageCursor(row.getObject(1, OffsetDateTime.class).toInstant(), row.getObject(2, UUID.class));
            }
        }
    }

    private static LookupIds lookupIds(Connection connection, UUID caller) throws SQLException {
        List<UUID> followed = ids(connection, FOLLOWED_BY, LOOKUP_FOLLOWED, caller);
        List<UUID> followers = ids(connection, FOLLOWERS_NOT_FOLLOWED_BACK, LOOKUP_FOLLOWERS, caller);
        int unrelatedWanted = LOOKUP_IDS - followed.size() - followers.size();
        List<UUID> unrelated = ids(connection, UNRELATED, unrelatedWanted, caller, caller, caller);
        Set<UUID> distinct = new LinkedHashSet<>(followed);
        distinct.addAll(followers);
        distinct.addAll(unrelated);
        if (distinct.size() != LOOKUP_IDS || distinct.contains(caller)) {
            throw new IllegalStateException("could not find " + LOOKUP_IDS + " distinct ids for the lookup, found " + distinct.size());
        }
        return new LookupIds(followed, followers, unrelated);
    }

    /** The parameters: the users, then the limit. */
    private static List<UUID> ids(Connection connection, String sql, int limit, UUID... users) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < users.length; i++) {
                query.setObject(i + 1, users[i]);
            }
            query.setInt(users.length + 1, limit);
            List<UUID> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getObject(1, UUID.class));
                }
            }
            return found;
        }
    }
}
