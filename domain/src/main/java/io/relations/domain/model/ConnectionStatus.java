package io.relations.domain.model;

/** A connection as one of its two users sees it. */
public enum ConnectionStatus {
    /** No connection and no request either way. */
    NONE,
    /** The viewer asked, the other user has not answered. */
    PENDING_OUTGOING,
    /** The other user asked, the viewer has not answered. */
    PENDING_INCOMING,
    /** The two are connected. */
    CONNECTED
}
