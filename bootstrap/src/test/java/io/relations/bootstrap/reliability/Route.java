package io.relations.bootstrap.reliability;

import io.relations.domain.model.UserId;
import java.util.List;
import java.util.Set;

/**
 * The API calls a load sends, each with the answers it may get in a healthy service: a command
 * 200 or a state conflict (409), a query 200 or 404 (a list hidden by a block).
 */
enum Route {
    FOLLOW("PUT", "/api/v1/me/following/%s"),
    UNFOLLOW("DELETE", "/api/v1/me/following/%s"),
    REMOVE_FOLLOWER("DELETE", "/api/v1/me/followers/%s"),
    REQUEST_CONNECTION("PUT", "/api/v1/me/connections/%s"),
    ACCEPT("POST", "/api/v1/me/connection-requests/%s/accept"),
    REJECT("POST", "/api/v1/me/connection-requests/%s/reject"),
    REMOVE_CONNECTION_OR_CANCEL("DELETE", "/api/v1/me/connections/%s"),
    BLOCK("PUT", "/api/v1/me/blocks/%s"),
    UNBLOCK("DELETE", "/api/v1/me/blocks/%s"),
    FOLLOWERS("GET", "/api/v1/users/%s/followers"),
    FOLLOWING("GET", "/api/v1/users/%s/following"),
    CONNECTIONS("GET", "/api/v1/users/%s/connections"),
    STATS("GET", "/api/v1/users/%s/stats"),
    RELATIONSHIPS("GET", "/api/v1/me/relationships?ids=%s"),
    BLOCK_LIST("GET", "/api/v1/me/blocks"),
    HISTORY("GET", "/api/v1/me/history?kind=follows"),
    INCOMING_REQUESTS("GET", "/api/v1/me/connection-requests?direction=incoming");

    static final List<Route> COMMANDS = List.of(
            FOLLOW, UNFOLLOW, REMOVE_FOLLOWER, REQUEST_CONNECTION, ACCEPT, REJECT, REMOVE_CONNECTION_OR_CANCEL, BLOCK, UNBLOCK);
    static final List<Route> QUERIES = List.of(
            FOLLOWERS, FOLLOWING, CONNECTIONS, STATS, RELATIONSHIPS, BLOCK_LIST, HISTORY, INCOMING_REQUESTS);
    static final String BLOCK_BODY = "{\"reason\":\"storm\"}";

    private final String method;
    private final String template;

    Route(String method, String template) {
        this.method = method;
        this.template = template;
    }

    String method() {
        return method;
    }

    String path(UserId target) {
        return template.contains("%s") ? String.format(template, target) : template;
    }

    /** The JSON body the call sends, or null for none. */
    String body() {
        return this == BLOCK ? BLOCK_BODY : null;
    }

    boolean isCommand() {
        return COMMANDS.contains(this);
    }

    Set<Integer> healthyStatuses() {
        return isCommand() ? Set.of(200, 409) : Set.of(200, 404);
    }
}
