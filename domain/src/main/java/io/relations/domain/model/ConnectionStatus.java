package io.relations.domain.model;

/** A connection as one of its two users sees it. */
public enum ConnectionStatus {
    NONE,
    PENDING_OUTGOING,
    PENDING_INCOMING,
    CONNECTED
}
