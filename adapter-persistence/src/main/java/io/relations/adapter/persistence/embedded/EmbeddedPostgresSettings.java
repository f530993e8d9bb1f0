package io.relations.adapter.persistence.embedded;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where and how the embedded PostgreSQL runs.
 *
 * @param dataDirectory  owned by the server: PostgreSQL's files, the superuser's password, a lock; kept across restarts
 * @param port           TCP port on 127.0.0.1, or {@link #ANY_FREE_PORT}
 * @param binariesCache  where PostgreSQL's programs are unpacked once and then shared by every start
 * @param durable        {@code false} turns fsync off: much faster, but a machine crash may lose the data; for tests
 */
public record EmbeddedPostgresSettings(Path dataDirectory, int port, Path binariesCache, boolean durable) {

    public static final int ANY_FREE_PORT = 0;

    /** The service's data directory unless configured otherwise: {@code .relations/postgres} under the working directory. */
    public static final Path DEFAULT_DATA_DIRECTORY = Path.of(".relations", "postgres");

    public EmbeddedPostgresSettings {
        dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory").toAbsolutePath().normalize();
        binariesCache = Objects.requireNonNull(binariesCache, "binariesCache").toAbsolutePath().normalize();
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, or ANY_FREE_PORT: " + port);
        }
    }

    /** Durable, on any free port, with the binaries in {@link #defaultBinariesCache()}. */
    public static EmbeddedPostgresSettings inDirectory(Path dataDirectory) {
        return new EmbeddedPostgresSettings(dataDirectory, ANY_FREE_PORT, defaultBinariesCache(), true);
    }

    public EmbeddedPostgresSettings withPort(int port) {
        return new EmbeddedPostgresSettings(dataDirectory, port, binariesCache, durable);
    }

    public EmbeddedPostgresSettings withBinariesCache(Path binariesCache) {
        return new EmbeddedPostgresSettings(dataDirectory, port, binariesCache, durable);
    }

    public EmbeddedPostgresSettings notDurable() {
        return new EmbeddedPostgresSettings(dataDirectory, port, binariesCache, false);
    }

    /**
     * A directory per OS user under the temp directory, outside any project: unpacking costs seconds, so it is
     * shared by every data directory and every JVM of that user.
     */
    public static Path defaultBinariesCache() {
        String user = System.getProperty("user.name", "unknown").replaceAll("[^A-Za-z0-9_.-]", "_");
        return Path.of(System.getProperty("java.io.tmpdir"), "relations-postgres-" + user);
    }
}
