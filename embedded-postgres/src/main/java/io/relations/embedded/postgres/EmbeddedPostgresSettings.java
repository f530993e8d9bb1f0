package io.relations.embedded.postgres;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where and how the embedded PostgreSQL runs.
 *
 * @param dataDirectory  owned by the server: PostgreSQL's files, the superuser's password, a lock; kept across restarts
 * @param port           TCP port on 127.0.0.1, or {@link #ANY_FREE_PORT}
 * @param binariesCache  where PostgreSQL's programs are unpacked once and then shared by every start
 * @param durable        {@code false} turns fsync and synchronous commits off: much faster, but a crash of PostgreSQL
 *                       (a kill -9) loses the last commits, and a machine crash may lose any data; for tests
 * @param restartPolicy  how the server is started again when it dies
 */
public record EmbeddedPostgresSettings(Path dataDirectory, int port, Path binariesCache, boolean durable,
                                       RestartPolicy restartPolicy) {

    /** The port that asks for any free port, chosen at the start and kept across restarts. */
    public static final int ANY_FREE_PORT = 0;

    /** The service's data directory unless configured otherwise: {@code .relations/postgres} under the working directory. */
    public static final Path DEFAULT_DATA_DIRECTORY = Path.of(".relations", "postgres");

    /**
     * Makes both paths absolute and checks the port.
     *
     * @param dataDirectory the directory the server owns
     * @param port a TCP port, or {@link #ANY_FREE_PORT}
     * @param binariesCache where the programs are unpacked
     * @param durable whether commits survive a crash
     * @param restartPolicy how the server is started again when it dies
     * @throws IllegalArgumentException if the port is outside 0 to 65535
     * @throws NullPointerException     if a path or the policy is {@code null}
     */
    public EmbeddedPostgresSettings {
        Objects.requireNonNull(restartPolicy, "restartPolicy");
        dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory").toAbsolutePath().normalize();
        binariesCache = Objects.requireNonNull(binariesCache, "binariesCache").toAbsolutePath().normalize();
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, or ANY_FREE_PORT: " + port);
        }
    }

    /**
     * Durable, on any free port, with the binaries in {@link #defaultBinariesCache()}, restarted as
     * {@link RestartPolicy#defaults()} says.
     *
     * @param dataDirectory the directory the server owns; created if absent
     * @return those settings
     */
    public static EmbeddedPostgresSettings inDirectory(Path dataDirectory) {
        return new EmbeddedPostgresSettings(dataDirectory, ANY_FREE_PORT, defaultBinariesCache(), true, RestartPolicy.defaults());
    }

    /**
     * The same settings on another port.
     *
     * @param port a TCP port, or {@link #ANY_FREE_PORT}
     * @return the new settings
     */
    public EmbeddedPostgresSettings withPort(int port) {
        return new EmbeddedPostgresSettings(dataDirectory, port, binariesCache, durable, restartPolicy);
    }

    /**
     * The same settings with another binaries cache.
     *
     * @param binariesCache where the programs are unpacked
     * @return the new settings
     */
    public EmbeddedPostgresSettings withBinariesCache(Path binariesCache) {
        return new EmbeddedPostgresSettings(dataDirectory, port, binariesCache, durable, restartPolicy);
    }

    /**
     * The same settings with fsync off: for tests, whose data need not survive a machine crash.
     *
     * @return the new settings
     */
    public EmbeddedPostgresSettings notDurable() {
        return new EmbeddedPostgresSettings(dataDirectory, port, binariesCache, false, restartPolicy);
    }

    /**
     * The same settings with another restart policy.
     *
     * @param restartPolicy how the server is started again when it dies
     * @return the new settings
     */
    public EmbeddedPostgresSettings withRestartPolicy(RestartPolicy restartPolicy) {
        return new EmbeddedPostgresSettings(dataDirectory, port, binariesCache, durable, restartPolicy);
    }

    /**
     * A directory per OS user under the temp directory, outside any project: unpacking costs seconds, so it is
     * shared by every data directory and every JVM of that user.
     *
     * @return {@code relations-postgres-<user>} under {@code java.io.tmpdir}
     */
    public static Path defaultBinariesCache() {
        String user = System.getProperty("user.name", "unknown").replaceAll("[^A-Za-z0-9_.-]", "_");
        return Path.of(System.getProperty("java.io.tmpdir"), "relations-postgres-" + user);
    }
}
