package io.relations.bootstrap.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.relations.adapter.persistence.check.InvariantChecker;
import io.relations.embedded.postgres.ConnectionInfo;
import io.relations.adapter.persistence.testing.FileTrees;
import io.relations.adapter.persistence.testing.TestDatabases;
import io.relations.adapter.rest.CheckedHttpClient;
import io.relations.adapter.rest.auth.Scope;
import io.relations.adapter.rest.auth.TokenMinter;
import io.relations.bootstrap.RelationsService;
import io.relations.bootstrap.config.RelationsConfig;
import io.relations.domain.model.UserId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The whole service started in this JVM the way {@code main} starts it: the real adapters on a
 * fresh PostgreSQL database of its own, HTTP on a free port of 127.0.0.1, tokens checked with a
 * test secret. Tests speak to it over HTTP through {@link ApiClient}s, whose every answer is
 * checked against the OpenAPI document, and look at its tables through {@link #dataSource()}.
 */
public final class ServiceUnderTest implements AutoCloseable {

    public static final String ISSUER = "https://issuer.test";
    public static final String AUDIENCE = "relations-end-to-end";
    private static final byte[] SECRET = "the end-to-end tests' HS256 secret, 32+ bytes".getBytes(StandardCharsets.UTF_8);
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(30);

    private final ConnectionInfo database;
    private final Path dataDirectory;
    private final RelationsService service;
    private final CheckedHttpClient http;
    private final RouteCoverage coverage;
    private final TokenMinter minter = minter(Clock.systemUTC());
    private final UserId administrator = unknownUser();

    private final Map<String, String> environment;

    private ServiceUnderTest(ConnectionInfo database, Path dataDirectory, RelationsService service, Map<String, String> environment) {
        this.database = database;
        this.dataDirectory = dataDirectory;
        this.service = service;
        this.environment = Map.copyOf(environment);
        this.http = new CheckedHttpClient(service.port());
        this.coverage = RouteCoverage.of(http.send("GET", "/openapi.json", Map.of(), null).json());
    }

    public static ServiceUnderTest start() {
        return start(Map.of());
    }

    /**
     * @param settings environment variables that add to or replace the test's own, e.g.
     *     {@code RELATIONS_DB_POOL_SIZE}, or {@code RELATIONS_RATE_LIMIT_PER_MINUTE=0} for storms of requests
     *     (by default a caller may make {@link RelationsConfig#DEFAULT_RATE_LIMIT_PER_MINUTE} a minute, as in production)
     */
    public static ServiceUnderTest start(Map<String, String> settings) {
        return start(settings, database -> { });
    }

    /**
     * Like {@link #start(Map)}, with {@code prepareDatabase} given the fresh database (as a
     * superuser of the test server) before the service opens its first connection: for settings a
     * session takes when it starts, such as {@code ALTER DATABASE … SET log_statement}.
     */
    public static ServiceUnderTest start(Map<String, String> settings, Consumer<DataSource> prepareDatabase) {
        ConnectionInfo database = TestDatabases.freshDatabase();
        prepareDatabase.accept(database.dataSource());
        Path dataDirectory = temporaryDirectory();
        Map<String, String> environment = testEnvironment(dataDirectory);
        environment.put("RELATIONS_DB_URL", database.jdbcUrl());
        environment.put("RELATIONS_DB_USER", database.user());
        environment.put("RELATIONS_DB_PASSWORD", database.password());
        environment.putAll(settings);
        return start(database, dataDirectory, environment);
    }

    /**
     * The service on an embedded PostgreSQL of its own, started and supervised by the service as
     * {@code main} does when no {@code RELATIONS_DB_URL} is given: in a data directory of its own
     * (not the shared test server), durable, for tests that kill it. Starts a server, so slower
     * than {@link #start(Map)}: only for tests that need the service's own server.
     *
     * @param settings environment variables that add to or replace the test's own (not {@code RELATIONS_DB_URL})
     */
    public static ServiceUnderTest startOnItsOwnEmbeddedPostgres(Map<String, String> settings) {
        Path dataDirectory = temporaryDirectory();
        try {
            // Others may pass through: under root without user namespaces, PostgreSQL runs as user nobody.
            Files.setPosixFilePermissions(dataDirectory, PosixFilePermissions.fromString("rwx--x--x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> environment = testEnvironment(dataDirectory);
        environment.putAll(settings);
        RelationsService service = null;
        try {
            service = RelationsService.start(RelationsConfig.from(environment), Clock.systemUTC());
            return new ServiceUnderTest(embeddedDatabase(dataDirectory), dataDirectory, service, environment);
        } catch (RuntimeException | AssertionError failedStart) {
            if (service != null) {
                service.close();
            }
            FileTrees.deleteTree(dataDirectory);
            throw failedStart;
        }
    }

    /**
     * The data directory the embedded server of {@link #startOnItsOwnEmbeddedPostgres} keeps its
     * files in: {@code pgdata/postmaster.pid} there names the postmaster.
     */
    public Path embeddedPostgresDirectory() {
        return dataDirectory.resolve("postgres");
    }

    /** The embedded server's own files say where it listens and its superuser's password (EmbeddedPostgresServer's layout). */
    private static ConnectionInfo embeddedDatabase(Path dataDirectory) {
        try {
            Path server = dataDirectory.resolve("postgres");
            String port = Files.readAllLines(server.resolve("pgdata").resolve("postmaster.pid")).get(3).strip();
            String password = Files.readString(server.resolve("superuser-password")).strip();
            return new ConnectionInfo("jdbc:postgresql://127.0.0.1:" + port + "/relations", "postgres", password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Another process of the service on the same database and with the same settings, but a port,
     * a data directory and caches of its own: a second instance behind a load balancer. Close it
     * before this one.
     */
    public ServiceUnderTest anotherInstance() {
        Path otherDirectory = temporaryDirectory();
        Map<String, String> otherEnvironment = new HashMap<>(environment);
        otherEnvironment.put("RELATIONS_DATA_DIR", otherDirectory.toString());
        // Instances on one database share the key that seals the webhook secrets, as they must in production.
        Path webhookSecretKey = dataDirectory.resolve("webhook-secret-key");
        try {
            if (Files.exists(webhookSecretKey)) {
                Files.copy(webhookSecretKey, otherDirectory.resolve(webhookSecretKey.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return start(database, otherDirectory, otherEnvironment);
    }

    private static ServiceUnderTest start(ConnectionInfo database, Path dataDirectory, Map<String, String> environment) {
        RelationsService service = null;
        try {
            service = RelationsService.start(RelationsConfig.from(environment), Clock.systemUTC());
            return new ServiceUnderTest(database, dataDirectory, service, environment);
        } catch (RuntimeException | AssertionError failedStart) {
            if (service != null) {
                service.close();
            }
            FileTrees.deleteTree(dataDirectory);
            throw failedStart;
        }
    }

    /** Signs tokens the service accepts, on {@code clock}'s time: another clock makes expired or not-yet-valid ones. */
    public static TokenMinter minter(Clock clock) {
        return new TokenMinter(SECRET, ISSUER, AUDIENCE, clock);
    }

    /** A user id nobody has used yet: unknown to the service until it makes a request or an admin registers it. */
    public static UserId unknownUser() {
        return UserId.of(UUID.randomUUID());
    }

    /** A new user, registered through the admin route. */
    public UserId newUser() {
        UserId user = unknownUser();
        assertThat(asAdmin().put("/api/v1/admin/users/" + user).status()).isEqualTo(201);
        return user;
    }

    public ApiClient as(UserId user) {
        return withToken(token(user));
    }

    /** The user {@link #asAdmin()} acts as. */
    public UserId administrator() {
        return administrator;
    }

    /** A client with the admin scope, as a user of its own. */
    public ApiClient asAdmin() {
        return withToken(minter.mint(administrator, true, TOKEN_LIFETIME));
    }

    /** A client that sends {@code token} as its bearer token, whatever it is. */
    public ApiClient withToken(String token) {
        return anonymous().withHeader("Authorization", "Bearer " + token);
    }

    public ApiClient anonymous() {
        return new ApiClient(http, coverage);
    }

    public String token(UserId user) {
        return minter.mint(user, false, TOKEN_LIFETIME);
    }

    /** A client with {@code scopes} (the change feed's, say), as a user nobody has used yet. */
    public ApiClient withScopes(Set<Scope> scopes) {
        return withToken(minter.mint(unknownUser(), scopes, TOKEN_LIFETIME));
    }

    public int port() {
        return service.port();
    }

    /** The service's own database, for looking at its tables beside the API (unpooled: one connection a call). */
    public DataSource dataSource() {
        return database.dataSource();
    }

    /** What {@link InvariantChecker} finds wrong in the database; empty when every invariant holds. */
    public List<String> invariantViolations() {
        return InvariantChecker.violations(dataSource());
    }

    /** The service's meters, as {@code /metrics} shows them ({@code scrape()} is its text). */
    public PrometheusMeterRegistry meters() {
        return service.meters();
    }

    /** The routes that answered with success through this service's clients so far. */
    public RouteCoverage coverage() {
        return coverage;
    }

    /** Stops the service; its database is left for {@link TestDatabases} to drop with the test server. */
    @Override
    public void close() {
        try {
            service.close();
        } finally {
            FileTrees.deleteTree(dataDirectory);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("relations-end-to-end");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The settings every test service starts with: loopback, any free port, the test's token
     * issuer, its data directory, and change streams that end within a client's timeout.
     */
    private static Map<String, String> testEnvironment(Path dataDirectory) {
        return new HashMap<>(Map.of(
                "RELATIONS_HTTP_HOST", "127.0.0.1",
                "RELATIONS_HTTP_PORT", "0",
                "RELATIONS_JWT_SECRET", Base64.getEncoder().encodeToString(SECRET),
                "RELATIONS_JWT_ISSUER", ISSUER,
                "RELATIONS_JWT_AUDIENCE", AUDIENCE,
                "RELATIONS_DATA_DIR", dataDirectory.toString(),
                "RELATIONS_CHANGES_STREAM_MAX_DURATION", "2s",
                // The tests' webhook receivers listen on 127.0.0.1 (and nothing else may be reached); failures retry soon.
                "RELATIONS_WEBHOOK_ALLOWED_ADDRESSES", "127.0.0.1",
                "RELATIONS_WEBHOOK_RETRY_FIRST", "PT0.2S"));
    }

}
