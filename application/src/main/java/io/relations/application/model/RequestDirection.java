package io.relations.application.model;

/** Pending connection requests a user received, or sent. */
public enum RequestDirection {
    INCOMING,
    OUTGOING
}
