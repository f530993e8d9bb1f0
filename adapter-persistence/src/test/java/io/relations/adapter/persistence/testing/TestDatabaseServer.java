package io.relations.adapter.persistence.testing;

import io.relations.embedded.postgres.ConnectionInfo;
import io.relations.embedded.postgres.EmbeddedPostgresServer;
import io.relations.embedded.postgres.EmbeddedPostgresSettings;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

/**
 * The PostgreSQL server the tests of this JVM use, chosen from the environment: the server named by
 * {@code RELATIONS_DB_URL} (with {@code RELATIONS_DB_USER}, {@code RELATIONS_DB_PASSWORD}) if set, else an embedded
 * one in a temp directory. {@code RELATIONS_TEST_DB=embedded} forces the embedded one, and
 * {@code RELATIONS_TEST_DB=testcontainers} uses Testcontainers' PostgreSQL of the same major version
 * where a Docker engine runs (none does on the machines this project is built on: that path is kept
 * small, and refuses with a clear message when there is no engine).
 */
final class TestDatabaseServer implements AutoCloseable {

    private final ConnectionInfo connectionInfo;
    /** The major version the embedded binaries have; a container must match it. */
    static final String POSTGRES_IMAGE = "postgres:17";

    private final Optional<AutoCloseable> ownServer;
    private final Optional<Path> temporaryDirectory;

    private TestDatabaseServer(ConnectionInfo connectionInfo, AutoCloseable ownServer, Path temporaryDirectory) {
        this.connectionInfo = connectionInfo;
        this.ownServer = Optional.ofNullable(ownServer);
        this.temporaryDirectory = Optional.ofNullable(temporaryDirectory);
    }

    static TestDatabaseServer fromEnvironment(Map<String, String> environment) {
        String choice = environment.getOrDefault("RELATIONS_TEST_DB", "");
        String url = environment.getOrDefault("RELATIONS_DB_URL", "");
        return switch (choice) {
            case "testcontainers" -> startContainer();
            case "embedded" -> startEmbedded();
            case "" -> url.isBlank() ? startEmbedded() : new TestDatabaseServer(new ConnectionInfo(url,
                    environment.getOrDefault("RELATIONS_DB_USER", "postgres"),
                    environment.getOrDefault("RELATIONS_DB_PASSWORD", "")), null, null);
            default -> throw new IllegalStateException(
                    "RELATIONS_TEST_DB=" + choice + " is unknown: leave it unset, or set it to embedded or testcontainers.");
        };
    }

    /** A superuser (or at least CREATEDB) connection to the server's maintenance database. */
    ConnectionInfo connectionInfo() {
        return connectionInfo;
    }

    /** Started by the tests (embedded or container), rather than named by RELATIONS_DB_URL. */
    boolean isEmbedded() {
        return ownServer.isPresent();
    }

    /** Stops a server the tests started and deletes its files; a server named by RELATIONS_DB_URL is left running. */
    @Override
    public void close() {
        ownServer.ifPresent(server -> {
            try {
                server.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop the test database server", e);
            }
        });
        temporaryDirectory.ifPresent(FileTrees::deleteTree);
    }

    private static TestDatabaseServer startContainer() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException("RELATIONS_TEST_DB=testcontainers needs a Docker engine, and none answers here."
                    + " Unset RELATIONS_TEST_DB to use the embedded PostgreSQL, or set RELATIONS_DB_URL to use an existing server.");
        }
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>(DockerImageName.parse(POSTGRES_IMAGE));
        container.start();
        return new TestDatabaseServer(
                new ConnectionInfo(container.getJdbcUrl(), container.getUsername(), container.getPassword()), container::stop, null);
    }

    private static TestDatabaseServer startEmbedded() {
        try {
            // Readable by all: when tests run as root without user namespaces, PostgreSQL runs as user nobody.
            Path directory = Files.createTempDirectory("relations-test-postgres",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(
                    EmbeddedPostgresSettings.inDirectory(directory.resolve("data")).notDurable());
            return new TestDatabaseServer(server.connectionInfo(), server, directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
