package io.relations.adapter.persistence.embedded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A real PostgreSQL 17, started by this JVM with nothing installed: zonky's binaries, unpacked once, run on a data
 * directory that keeps its data across restarts. Under root, PostgreSQL runs in a user namespace or as user nobody.
 *
 * <p>Layout of the data directory: {@code pgdata/} (PostgreSQL's own files), {@code superuser-password},
 * {@code server.lock} (held while a server of this JVM runs on it).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);

    private final PostgresCluster cluster;
    private final FileLock lock;
    private final Path dataDirectory;
    private final int port;
    private final ConnectionInfo connectionInfo;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedPostgresServer(PostgresCluster cluster, FileLock lock, Path dataDirectory, int port, String password) {
        this.cluster = cluster;
        this.lock = lock;
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.connectionInfo = new ConnectionInfo(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres", PostgresCluster.SUPERUSER, password);
    }

    /** Starts PostgreSQL on the settings' data directory, creating the database cluster there on first use. */
    public static EmbeddedPostgresServer start(EmbeddedPostgresSettings settings) {
        long startedAt = System.nanoTime();
        Path directory = settings.dataDirectory();
        FileLock lock = lock(directory);
        try {
            PostgresBinaries binaries = PostgresBinaries.unpackedInto(settings.binariesCache());
            RunAs runAs = RunAs.choose(RunAs.isRoot(), binaries.program("postgres"),
                    command -> ExternalCommand.attempt(command, PROBE_TIMEOUT));
            PostgresCluster cluster = new PostgresCluster(binaries, runAs, directory.resolve("pgdata"));
            String password = initializeIfNeeded(cluster, directory.resolve("superuser-password"), settings.durable());
            if (cluster.isRunning()) {
                log.warn("Stopping the PostgreSQL server a previous process left running on {}", directory);
                cluster.stop();
            }
            int port = settings.port() == EmbeddedPostgresSettings.ANY_FREE_PORT ? freePort() : settings.port();
            cluster.start(port, settings.durable());
            log.info("PostgreSQL ready on 127.0.0.1:{} in {} ms (data {}, running as {})",
                    port, millisSince(startedAt), directory, runAs);
            return new EmbeddedPostgresServer(cluster, lock, directory, port, password);
        } catch (RuntimeException e) {
            release(lock);
            throw e;
        }
    }

    /** The superuser's connection to the {@code postgres} database; {@link ConnectionInfo#withDatabase} for others. */
    public ConnectionInfo connectionInfo() {
        return connectionInfo;
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops PostgreSQL (fast shutdown: open sessions are ended); the data stays. Calling it again does nothing. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        long stoppingAt = System.nanoTime();
        try {
            cluster.stop();
            log.info("PostgreSQL on port {} stopped in {} ms", port, millisSince(stoppingAt));
        } finally {
            release(lock);
        }
    }

    /** One server per data directory: a second one would find PostgreSQL's files in use and fail obscurely. */
    private static FileLock lock(Path directory) {
        try {
            Files.createDirectories(directory);
            // Others may pass through to pgdata (PostgreSQL may run as user nobody), but not list or read anything.
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx--x--x"));
            FileChannel channel = FileChannel.open(directory.resolve("server.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new EmbeddedPostgresException(directory + " is used by another running embedded PostgreSQL; "
                        + "stop it or choose another data directory.");
            }
            return lock;
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Could not prepare the data directory " + directory, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldByThisJvm) {
            return null;
        }
    }

    private static void release(FileLock lock) {
        try {
            lock.channel().close();
        } catch (IOException e) {
            log.warn("Could not release {}", lock, e);
        }
    }

    /** Returns the superuser's password, running initdb with a new one when the cluster does not exist yet. */
    private static String initializeIfNeeded(PostgresCluster cluster, Path passwordFile, boolean durable) {
        try {
            if (cluster.isInitialized()) {
                if (!Files.exists(passwordFile)) {
                    throw new EmbeddedPostgresException(passwordFile + " is missing: without it the database cannot be "
                            + "reached. Restore it, or delete " + passwordFile.getParent() + " to start afresh.");
                }
                return Files.readString(passwordFile).strip();
            }
            long initdbAt = System.nanoTime();
            String password = newPassword();
            // createTempFile makes the file readable by its owner only; moving it keeps that.
            Path written = Files.writeString(Files.createTempFile(passwordFile.getParent(), "password", ".tmp"), password);
            Files.move(written, passwordFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            cluster.initialize(passwordFile, durable);
            log.info("Created a PostgreSQL database cluster in {} in {} ms", cluster.directory(), millisSince(initdbAt));
            return password;
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Could not create the database cluster next to " + passwordFile, e);
        }
    }

    private static String newPassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Could not find a free TCP port", e);
        }
    }

    private static long millisSince(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime).toMillis();
    }
}
