package io.relations.adapter.persistence.testing;

import io.relations.adapter.persistence.embedded.ConnectionInfo;
import io.relations.adapter.persistence.embedded.EmbeddedPostgresServer;
import io.relations.adapter.persistence.embedded.EmbeddedPostgresSettings;

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
 * one in a temp directory. {@code RELATIONS_TEST_DB=embedded} forces the embedded one.
 */
final class TestDatabaseServer implements AutoCloseable {

    private final ConnectionInfo connectionInfo;
    private final Optional<EmbeddedPostgresServer> embedded;
    private final Optional<Path> temporaryDirectory;

    private TestDatabaseServer(ConnectionInfo connectionInfo, EmbeddedPostgresServer embedded, Path temporaryDirectory) {
        this.connectionInfo = connectionInfo;
        this.embedded = Optional.ofNullable(embedded);
        this.temporaryDirectory = Optional.ofNullable(temporaryDirectory);
    }

    static TestDatabaseServer fromEnvironment(Map<String, String> environment) {
        String choice = environment.getOrDefault("RELATIONS_TEST_DB", "");
        String url = environment.getOrDefault("RELATIONS_DB_URL", "");
        return switch (choice) {
            case "testcontainers" -> throw new IllegalStateException("RELATIONS_TEST_DB=testcontainers: Testcontainers is "
                    + "not available in this build. Unset RELATIONS_TEST_DB to use the embedded PostgreSQL, "
                    + "or set RELATIONS_DB_URL to use an existing server.");
            case "embedded" -> startEmbedded();
            case "" -> url.isBlank() ? startEmbedded() : new TestDatabaseServer(new ConnectionInfo(url,
                    environment.getOrDefault("RELATIONS_DB_USER", "postgres"),
                    environment.getOrDefault("RELATIONS_DB_PASSWORD", "")), null, null);
            default -> throw new IllegalStateException(
                    "RELATIONS_TEST_DB=" + choice + " is unknown: leave it unset, or set it to embedded.");
        };
    }

    /** A superuser (or at least CREATEDB) connection to the server's maintenance database. */
    ConnectionInfo connectionInfo() {
        return connectionInfo;
    }

    boolean isEmbedded() {
        return embedded.isPresent();
    }

    /** Stops the embedded server and deletes its files; a server named by RELATIONS_DB_URL is left running. */
    @Override
    public void close() {
        embedded.ifPresent(EmbeddedPostgresServer::close);
        temporaryDirectory.ifPresent(FileTrees::deleteTree);
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
