package io.relations.application.model;

/** Pending connection requests a user received, or sent. */
public enum RequestDirection {
    /** Requests other users sent to the user, waiting for the user's answer. */
    INCOMING,
    /** Requests the user sent, not answered yet. */
    OUTGOING
}
