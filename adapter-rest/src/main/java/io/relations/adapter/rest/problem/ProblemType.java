package io.relations.adapter.rest.problem;

import java.net.URI;
import java.util.Locale;

/**
 * The problems the API answers with (DESIGN §4), each with one status. The {@link #uri()} is
 * stable: clients switch on it, so a name never changes once published.
 */
public enum ProblemType {
    INVALID_REQUEST(400, "Invalid request"),
    SELF_RELATIONSHIP(400, "Self relationship"),
    UNAUTHORIZED(401, "Unauthorized"),
    FORBIDDEN(403, "Forbidden"),
    MODULE_DISABLED(403, "Module disabled"),
    /**
     * The caller's token is genuine, but an administrator deleted the user it names; only an
     * administrator's registration lets them in again (DESIGN §7, issue 10).
     */
    USER_DELETED(403, "User deleted"),
    USER_NOT_FOUND(404, "User not found"),
    NOT_FOUND(404, "Not found"),
    /** Not in DESIGN's table: a known path asked with a method it does not have; answered with {@code Allow}. */
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    /** Not in DESIGN's table: the request was not sent within the read deadline; the connection is closed. */
    REQUEST_TIMEOUT(408, "Request timeout"),
    BLOCKED(409, "Blocked"),
    /**
     * A reader of the change feed asked for the changes after a position that retention has
     * already removed: what followed it is partly gone. The reader starts again from the log's
     * start, or from now (DESIGN §4).
     */
    POSITION_EXPIRED(410, "Position expired"),
    NO_PENDING_REQUEST(409, "No pending request"),
    RATE_LIMITED(429, "Too many requests"),
    INTERNAL(500, "Internal error"),
    /**
     * Not in DESIGN's table: the database holds the pair of the request in a state no command can
     * leave (a block beside a follow); nothing the client sent caused it, and it lasts until an
     * operator repairs the pair the detail names.
     */
    CORRUPT_PAIR(500, "Corrupt pair"),
    UNAVAILABLE(503, "Service unavailable");

    public static final String BASE_URI = "https://relations.io/problems/";

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The name clients see, e.g. {@code no_pending_request}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public URI uri() {
        return URI.create(BASE_URI + code());
    }
}
