package io.relations.embedded.postgres;

/**
 * The supervisor's view of an embedded PostgreSQL, for health checks: readiness wants {@link ServerState#RUNNING},
 * liveness fails on {@link ServerState#FAILED} (only a restart of the whole process can help then).
 */
public interface ServerHealth {

    /**
     * The state now; cheap (no I/O), so it may be asked on every probe.
     *
     * @return the server's current state, never {@code null}
     */
    ServerState state();
}
