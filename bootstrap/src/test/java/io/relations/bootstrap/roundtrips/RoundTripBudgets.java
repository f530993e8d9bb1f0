package io.relations.bootstrap.roundtrips;

/**
 * How many statements each route may send to PostgreSQL, counted in the server's own log
 * ({@link StatementLog}): {@code BEGIN}, {@code COMMIT} and the pool's connection checks are
 * statements like any other. The rule (docs/PERSISTENCE.md, "Round-trip budgets"): a budget rises
 * only by naming the statement and its reason there and beside the constant here.
 */
final class RoundTripBudgets {

    /**
     * Issue 11: a follow sends at most this many statements besides BEGIN and COMMIT. Issue 13's
     * change-log insert (one per changing command) makes it 6 of them; the cap stays.
     */
    static final int FOLLOW_BESIDES_BEGIN_AND_COMMIT = 7;
    /** Issue 11: a page of followers, following or connections, BEGIN and COMMIT included. */
    static final int LIST_PAGE = 3;
    /** Issue 11: a user's stats, BEGIN and COMMIT included. */
    static final int STATS = 3;
    /** Issue 11: {@code GET /api/v1/me/relationships?ids=} with 100 ids, BEGIN and COMMIT included. */
    static final int LOOKUP_OF_100_IDS = 3;
    /** Issue 11: no request sends the pool's connection check once the service is warm. */
    static final int CONNECTION_CHECKS_PER_REQUEST = 0;

    // The other routes, all statements included, BEGIN and COMMIT among them: what the rewrite of
    // issue 11 sends (docs/PERSISTENCE.md, "What each route sends"). A command is BEGIN, the locks,
    // the facts, one history row and one current-row change per event, issue 13's change-log
    // insert (all of the command's events in one statement, so +1 per command that changes
    // anything, named CHANGE_LOG below), the counters if they change, COMMIT.

    /** Issue 13: the one change-log insert of a transaction that changes something ({@code ChangeLogWriter}). */
    static final int CHANGE_LOG = 1;

    /** Locks and facts only: the kernel decides nothing changes. */
    static final int FOLLOW_ALREADY_FOLLOWING = 4;
    static final int UNFOLLOW = 7 + CHANGE_LOG;
    static final int REMOVE_FOLLOWER = 7 + CHANGE_LOG;
    /** No counter changes while a request is pending. */
    static final int REQUEST_CONNECTION = 6 + CHANGE_LOG;
    static final int WITHDRAW_REQUEST = 6 + CHANGE_LOG;
    static final int ACCEPT = 7 + CHANGE_LOG;
    static final int REJECT = 6 + CHANGE_LOG;
    static final int REMOVE_CONNECTION = 7 + CHANGE_LOG;
    /**
     * A block where both follow each other: each follow's removal (history, delete), the block
     * (history, insert), the three changes in one change-log insert, one counter statement.
     */
    static final int BLOCK = 11 + CHANGE_LOG;
    static final int UNBLOCK = 6 + CHANGE_LOG;
    // Administrators' routes: an administrator is never taken from the cache of registered callers
    // (KnownUsers), so each of their requests first registers them again in a transaction of its own
    // (the user's registration lock, the insert that respects a tombstone): 4 before the route's own.
    /** A new user: its {@code user.registered} is the change-log insert. */
    static final int REGISTER_USER = 9 + CHANGE_LOG;
    /**
     * A user without relationships: the read of the relationships the deletion removes (one chunk,
     * {@code UserDeletionChanges}), then the change-log insert of their removals and of
     * {@code user.deleted}. A user with more than a chunk's 500 relationships sends both once more
     * per further chunk: the fetch of its rows from the read's cursor, and its insert.
     */
    static final int DELETE_USER = 13 + 1 + CHANGE_LOG;
    /** Switching it on while on changes nothing, so logs nothing; a real switch adds the change-log insert. */
    static final int SWITCH_CONNECTIONS = 9;
    static final int BLOCK_LIST = 3;
    static final int HISTORY = 3;
    static final int CONNECTION_REQUESTS = 3;
    static final int ADMIN_BLOCK_LIST = 7;
    static final int ADMIN_HISTORY = 7;
    static final int CONNECTIONS_SWITCH_READ = 7;

    private RoundTripBudgets() {
    }
}
