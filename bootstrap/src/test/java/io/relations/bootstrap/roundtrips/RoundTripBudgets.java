package io.relations.bootstrap.roundtrips;

/**
 * How many statements each route may send to PostgreSQL, counted in the server's own log
 * ({@link StatementLog}): {@code BEGIN}, {@code COMMIT} and the pool's connection checks are
 * statements like any other. The rule (docs/PERSISTENCE.md, "Round-trip budgets"): a budget rises
 * only by naming the statement and its reason there and beside the constant here.
 */
final class RoundTripBudgets {

    /** Issue 11: a follow sends at most this many statements besides BEGIN and COMMIT. */
    static final int FOLLOW_BESIDES_BEGIN_AND_COMMIT = 7;
    /** Issue 11: a page of followers, following or connections, BEGIN and COMMIT included. */
    static final int LIST_PAGE = 3;
    /** Issue 11: a user's stats, BEGIN and COMMIT included. */
    static final int STATS = 3;
    /** Issue 11: {@code GET /api/v1/me/relationships?ids=} with 100 ids, BEGIN and COMMIT included. */
    static final int LOOKUP_OF_100_IDS = 3;
    /** Issue 11: no request sends the pool's connection check once the service is warm. */
    static final int CONNECTION_CHECKS_PER_REQUEST = 0;

    // The other routes: the counts measured on 2026-12-01, before issue 11's rewrite of the
    // persistence adapter, all statements included. They are ceilings, not targets: lower each to
    // what the rewrite sends, and name its statements in docs/PERSISTENCE.md.

    static final int FOLLOW_ALREADY_FOLLOWING = 10;
    static final int UNFOLLOW = 14;
    static final int REMOVE_FOLLOWER = 14;
    static final int REQUEST_CONNECTION = 12;
    static final int WITHDRAW_REQUEST = 23;
    static final int ACCEPT = 15;
    static final int REJECT = 13;
    static final int REMOVE_CONNECTION = 15;
    static final int BLOCK = 18;
    static final int UNBLOCK = 12;
    static final int REGISTER_USER = 9;
    static final int DELETE_USER = 13;
    static final int SWITCH_CONNECTIONS = 9;
    static final int BLOCK_LIST = 9;
    static final int HISTORY = 9;
    static final int CONNECTION_REQUESTS = 9;
    static final int ADMIN_BLOCK_LIST = 10;
    static final int ADMIN_HISTORY = 10;
    static final int CONNECTIONS_SWITCH_READ = 7;

    private RoundTripBudgets() {
    }
}
