package io.relations.embedded.postgres;

/** What the supervisor of an embedded PostgreSQL knows about it. */
public enum ServerState {

    /** Started and not seen to exit since: connections should succeed. */
    RUNNING,

    /** Exited unexpectedly; the supervisor is starting it again on the same data directory and port. */
    RESTARTING,

    /** Exited, and every restart its {@link RestartPolicy} allows has failed: it will not come back by itself. */
    FAILED,

    /** Stopped on purpose by {@link EmbeddedPostgresServer#close()}. */
    STOPPED
}
