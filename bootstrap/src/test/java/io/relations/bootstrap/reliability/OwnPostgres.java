package io.relations.bootstrap.reliability;

import io.relations.embedded.postgres.ConnectionInfo;
import io.relations.embedded.postgres.EmbeddedPostgresServer;
import io.relations.embedded.postgres.EmbeddedPostgresSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * A PostgreSQL of the test's own, which it may stop and start again under a running service: in a
 * temporary directory, on a port fixed at the first start so that the service's pool finds it
 * again. Never the shared test server, which other tests use meanwhile.
 */
final class OwnPostgres implements AutoCloseable {

    private final Path directory;
    private final EmbeddedPostgresSettings settings;
    private EmbeddedPostgresServer server;

    private OwnPostgres(Path directory, EmbeddedPostgresSettings settings) {
        this.directory = directory;
        this.settings = settings;
        this.server = EmbeddedPostgresServer.start(settings);
    }

    static OwnPostgres start() {
        try {
            // Readable by all: when tests run as root without user namespaces, PostgreSQL runs as user nobody.
            Path directory = Files.createTempDirectory("relations-reliability-postgres",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            return new OwnPostgres(directory, EmbeddedPostgresSettings.inDirectory(directory.resolve("data")).notDurable().withPort(freePort()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The environment that points the service at this server instead of the test server. */
    Map<String, String> serviceSettings() {
        ConnectionInfo connection = server.connectionInfo();
        return Map.of("RELATIONS_DB_URL", connection.jdbcUrl(), "RELATIONS_DB_USER", connection.user(),
                "RELATIONS_DB_PASSWORD", connection.password());
    }

    /** Unpooled connections to the service's tables, for checking them. */
    DataSource dataSource() {
        return server.connectionInfo().dataSource();
    }

    /** A fast shutdown: open sessions are ended, the data stays. */
    synchronized void stop() {
        server.close();
    }

    /** The same data directory, the same port. */
    synchronized void startAgain() {
        server = EmbeddedPostgresServer.start(settings);
    }

    @Override
    public synchronized void close() {
        server.close();
        try (Stream<Path> tree = Files.walk(directory)) {
            for (Path each : (Iterable<Path>) tree.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(each);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
