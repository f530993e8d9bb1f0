package io.relations.embedded.postgres;

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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A real PostgreSQL 17, started by this JVM with nothing installed: zonky's binaries, unpacked once, run on a data
 * directory that keeps its data across restarts. Under root, PostgreSQL runs in a user namespace or as user nobody.
 *
 * <p>The server is supervised from its start to {@link #close()}: if it dies (killed, out of memory), it is started
 * again on the same data directory and port, as its settings' {@link RestartPolicy} allows; PostgreSQL's crash
 * recovery brings the data back to the last commit. {@link #health()} says where that stands.
 *
 * <p>Layout of the data directory: {@code pgdata/} (PostgreSQL's own files), {@code superuser-password},
 * {@code server.lock} (held while a server of this JVM runs on it).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);

    private final PostgresCluster cluster;
    private final FileLock lock;
    private final EmbeddedPostgresSettings settings;
    private final int port;
    private final ConnectionInfo connectionInfo;
    private final PostgresSupervisor supervisor;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedPostgresServer(PostgresCluster cluster, FileLock lock, EmbeddedPostgresSettings settings, int port,
                                   String password, Process postmaster) {
        this.cluster = cluster;
        this.lock = lock;
        this.settings = settings;
        this.port = port;
        this.connectionInfo = new ConnectionInfo(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres", PostgresCluster.SUPERUSER, password);
        this.supervisor = new PostgresSupervisor(postmaster, this::startPostmaster, settings.restartPolicy(),
                "PostgreSQL on port " + port);
    }

    /**
     * Starts PostgreSQL on the settings' data directory, creating the database cluster there on first use, and
     * starts watching it.
     *
     * @param settings where and how it runs, and how it is restarted
     * @return the running server; {@link #close()} it to stop it
     * @throws EmbeddedPostgresException if it cannot start; the message says what to do about it
     */
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
            Process postmaster = cluster.start(port, settings.durable());
            log.info("PostgreSQL ready on 127.0.0.1:{} in {} ms (data {}, running as {}, pid {})",
                    port, millisSince(startedAt), directory, runAs, postmaster.pid());
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(cluster, lock, settings, port, password, postmaster);
            server.supervisor.start();
            return server;
        } catch (RuntimeException e) {
            release(lock);
            throw e;
        }
    }

    /**
     * The superuser's connection to the {@code postgres} database; {@link ConnectionInfo#withDatabase} for others.
     *
     * @return the same value for the server's whole life, across restarts (the port does not change)
     */
    public ConnectionInfo connectionInfo() {
        return connectionInfo;
    }

    /**
     * The superuser's connection to a database of this server, which is created if it does not exist yet.
     *
     * @param name a lower-case SQL identifier: letters, digits and underscores, not starting with a digit
     * @return the connection to that database
     * @throws IllegalArgumentException  if {@code name} is not such an identifier
     * @throws EmbeddedPostgresException if the server refuses to create it
     */
    public ConnectionInfo database(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a lower-case SQL identifier: " + name);
        }
        try (Connection connection = connectionInfo.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (!exists.next()) {
                    statement.execute("create database " + name);
                }
            }
        } catch (SQLException failure) {
            throw new EmbeddedPostgresException("Could not create the database " + name + ": " + failure.getMessage(), failure);
        }
        return connectionInfo.withDatabase(name);
    }

    /**
     * The TCP port on 127.0.0.1 the server listens on.
     *
     * @return the configured port, or the free one chosen at the start; the same after a restart
     */
    public int port() {
        return port;
    }

    /**
     * The directory the server owns.
     *
     * @return the settings' data directory, absolute
     */
    public Path dataDirectory() {
        return settings.dataDirectory();
    }

    /**
     * The supervisor's view of the server, for health checks.
     *
     * @return a view that follows the server's state until it is closed, and then says {@link ServerState#STOPPED}
     */
    public ServerHealth health() {
        return supervisor;
    }

    /**
     * Registers what to do each time the supervisor has started the server again, such as replacing a
     * pool's connections, which all died with the old server.
     *
     * @param action run on the supervisor's thread after each successful restart; an exception it throws is logged
     */
    public void afterEachRestart(Runnable action) {
        supervisor.afterEachRestart(Objects.requireNonNull(action, "action"));
    }

    /**
     * Stops the supervisor (no restart from then on), then PostgreSQL (fast shutdown: open sessions are ended); the
     * data stays. Calling it again does nothing.
     */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        long stoppingAt = System.nanoTime();
        try {
            if (supervisor.stop()) {
                cluster.stop();
            }
            log.info("PostgreSQL on port {} stopped in {} ms", port, millisSince(stoppingAt));
        } finally {
            release(lock);
        }
    }

    /** Starts the postmaster again after a crash: same data directory, same port, the lock still held. */
    private Process startPostmaster() {
        return cluster.start(port, settings.durable());
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
