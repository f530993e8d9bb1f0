package io.relations.bootstrap;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.relations.adapter.persistence.Database;
import io.relations.adapter.persistence.RelationsPersistence;
import io.relations.adapter.rest.AdminPorts;
import io.relations.adapter.rest.ApiPorts;
import io.relations.adapter.rest.CommandPorts;
import io.relations.adapter.rest.Operations;
import io.relations.adapter.rest.QueryPorts;
import io.relations.adapter.rest.RequestThrottle;
import io.relations.adapter.rest.RestApi;
import io.relations.adapter.rest.auth.VerifiedTokenCache;
import io.relations.adapter.rest.http.CursorKeys;
import io.relations.adapter.rest.http.TrustedProxies;
import io.relations.application.service.AdministrationService;
import io.relations.application.service.ChangeFeedService;
import io.relations.adapter.rest.WebhookPorts;
import io.relations.cloudevents.ChangeCloudEvents;
import java.util.Optional;
import io.relations.application.service.ChangeLogRetention;
import io.relations.application.service.RelationshipCommandService;
import io.relations.application.service.RelationshipQueryService;
import io.relations.bootstrap.config.RelationsConfig;
import io.relations.embedded.postgres.ServerHealth;
import io.relations.embedded.postgres.ServerState;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: the database server (started here if embedded), the pool and the
 * persistence adapter, the application services and the HTTP API, built in that order and closed
 * in the reverse one.
 */
public final class RelationsService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RelationsService.class);
    private static final int MAX_RATE_LIMITED_CALLERS = 100_000;
    /** Each bucket is a few hundred bytes: a bounded table of a few tens of MB at most. */
    static final int MAX_RATE_LIMITED_ADDRESSES = 100_000;

    private final DatabaseServer server;
    private final Database database;
    private final RestApi api;
    private final PrometheusMeterRegistry meters;
    private final TokenVerification tokens;
    private final ChangeLogRetentionSchedule retention;
    private final Optional<KafkaStream> kafka;
    private final Webhooks webhooks;

    private RelationsService(DatabaseServer server, Database database, RestApi api, PrometheusMeterRegistry meters, TokenVerification tokens,
                             ChangeLogRetentionSchedule retention, Optional<KafkaStream> kafka, Webhooks webhooks) {
        this.server = server;
        this.database = database;
        this.api = api;
        this.meters = meters;
        this.tokens = tokens;
        this.retention = retention;
        this.kafka = kafka;
        this.webhooks = webhooks;
    }

    public static RelationsService start(RelationsConfig config, Clock clock) {
        long started = System.nanoTime();
        PrometheusMeterRegistry meters = ServiceMeters.newRegistry();
        DatabaseServer server = DatabaseServer.start(config.database());
        Database database;
        try {
            // Read (or made and kept) before the pool opens: a key that is not right stops the start here.
            byte[] webhookSecretKey = config.webhooks().secretKey().key();
            database = Database.open(server.address(), config.poolSize(), config.migrateOnStart(), meters, Optional.of(webhookSecretKey));
        } catch (RuntimeException failure) {
            server.close();
            throw failure;
        }
        // The pool's connections died with the old server: none is handed out after a restart.
        server.afterEachRestart(database::replaceConnections);
        TokenVerification tokens = null;
        Webhooks webhooks = null;
        try {
            ServerHealth health = server.health();
            tokens = Authenticators.of(config.tokens());
            TokenVerification verification = tokens;
            RelationsPersistence persistence = database.persistence();
            RelationshipCommandService commands = new RelationshipCommandService(
                    persistence.pairTransactions(), persistence.moduleSwitch(), persistence.idGenerator(), clock);
            RelationshipQueryService queries = new RelationshipQueryService(new RelationshipQueryService.ReadModels(
                    persistence.followLists(), persistence.connectionLists(), persistence.blockLists(),
                    persistence.userStatistics(), persistence.historyReader(), persistence.relationshipLookups()));
            AdministrationService administration = new AdministrationService(persistence.users(), persistence.moduleSwitch());

            Operations operations = Operations.defaults()
                    .withLive(() -> health.state() != ServerState.FAILED)
                    .withReady(new CachedReadiness(
                            () -> health.state() == ServerState.RUNNING && database.isReady() && verification.isReady(),
                            CachedReadiness.DEFAULT_MAX_AGE, System::nanoTime))
                    .withMetrics(meters, meters::scrape)
                    .withUnavailableWhen(Database::isUnavailable)
                    .withThrottle(rateLimit(config.rateLimitPerMinute(), MAX_RATE_LIMITED_CALLERS, "rate_limited_callers", meters))
                    .withAddressThrottle(rateLimit(config.rateLimitPerAddressPerMinute(), MAX_RATE_LIMITED_ADDRESSES, "rate_limited_addresses", meters),
                            TrustedProxies.of(config.trustedProxies()));
            ServiceMeters.cacheEntries(meters, "verified_tokens", tokens.cache(), VerifiedTokenCache::size);
            ChangeFeedService changes = new ChangeFeedService(persistence.changeLog());
            ChangeCloudEvents cloudEvents = new ChangeCloudEvents(config.changeFeed().source());
            webhooks = Webhooks.start(config.webhooks(), persistence, cloudEvents, meters, clock);
            ApiPorts ports = new ApiPorts(CommandPorts.of(commands), QueryPorts.of(queries), AdminPorts.of(administration), changes,
                    administration).withWebhooks(WebhookPorts.of(webhooks.administration()));
            RestApi api = new RestApi(ports, tokens.cache(),
                    CursorKeys.of(config.cursorKeys().keys()), operations, config.httpPolicy(), config.changeFeed())
                    .start(config.host(), config.port());
            ChangeLogRetentionSchedule retention = ChangeLogRetentionSchedule.start(new ChangeLogRetention(
                    persistence.changeLog(), persistence.consumerPositions(), clock, config.changeLogRetention()), ChangeLogRetentionSchedule.PERIOD);
            Optional<KafkaStream> kafka = config.kafka().map(settings -> KafkaStream.start(settings,
                    persistence.changeLog(), persistence.consumerPositions(), cloudEvents, meters, clock));
            LOG.info("started in {} ms on {}", (System.nanoTime() - started) / 1_000_000, server.description());
            return new RelationsService(server, database, api, meters, tokens, retention, kafka, webhooks);
        } catch (RuntimeException failure) {
            if (webhooks != null) {
                webhooks.close();
            }
            if (tokens != null) {
                tokens.close();
            }
            try {
                database.close();
            } finally {
                server.close();
            }
            throw failure;
        }
    }

    /** Undoes the schema on the configured database; the service must not be running on it. */
    public static void rollbackSchema(RelationsConfig config) {
        try (DatabaseServer server = DatabaseServer.start(config.database())) {
            Database.rollbackSchema(server.address());
        }
    }

    public int port() {
        return api.port();
    }

    /**
     * Stops accepting requests, lets those under way finish, stops the Kafka relay, the webhooks' deliveries and the change log's retention, then closes the pool and the database,
     * and last the embedded server if there is one (its supervisor first: nothing restarts it now).
     */
    @Override
    public void close() {
        try {
            api.stop();
        } finally {
            // The relay finishes its round (its position is kept) before the pool closes.
            kafka.ifPresent(KafkaStream::close);
            webhooks.close();
            retention.close();
            tokens.close();
            try {
                database.close();
            } finally {
                server.close();
                meters.close();
            }
        }
    }

    /** The registry behind {@code /metrics}, for whoever embeds the service (and for tests). */
    public PrometheusMeterRegistry meters() {
        return meters;
    }

    /** A limit per key (a caller or an address), its table bounded and its size a gauge; 0 switches it off. */
    private static RequestThrottle rateLimit(int perMinute, int maxKeys, String table, PrometheusMeterRegistry meters) {
        if (perMinute == 0) {
            return RequestThrottle.NONE;
        }
        PerCallerRateLimit limit = new PerCallerRateLimit(perMinute, maxKeys);
        ServiceMeters.cacheEntries(meters, table, limit, PerCallerRateLimit::size);
        return limit;
    }
}
