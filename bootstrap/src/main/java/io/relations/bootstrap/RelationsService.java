package io.relations.bootstrap;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.relations.adapter.persistence.Database;
import io.relations.adapter.persistence.RelationsPersistence;
import io.relations.adapter.rest.Operations;
import io.relations.adapter.rest.RequestThrottle;
import io.relations.adapter.rest.RestApi;
import io.relations.adapter.rest.UseCases;
import io.relations.application.service.AdministrationService;
import io.relations.application.service.RelationshipCommandService;
import io.relations.application.service.RelationshipQueryService;
import io.relations.bootstrap.config.RelationsConfig;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: the database, the persistence adapter, the application services and the
 * HTTP API, built in that order and closed in the reverse one.
 */
public final class RelationsService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RelationsService.class);
    private static final int MAX_RATE_LIMITED_CALLERS = 100_000;

    private final Database database;
    private final RestApi api;
    private final PrometheusMeterRegistry meters;

    private RelationsService(Database database, RestApi api, PrometheusMeterRegistry meters) {
        this.database = database;
        this.api = api;
        this.meters = meters;
    }

    public static RelationsService start(RelationsConfig config, Clock clock) {
        long started = System.nanoTime();
        PrometheusMeterRegistry meters = newMeterRegistry();
        Database database = Database.open(config.database(), config.poolSize(), config.migrateOnStart(), meters);
        try {
            RelationsPersistence persistence = database.persistence();
            RelationshipCommandService commands = new RelationshipCommandService(
                    persistence.moduleSwitch(), persistence.users(), persistence.pairLock(), persistence.pairStates(),
                    persistence.eventRecorder(), persistence.idGenerator(), clock);
            RelationshipQueryService queries = new RelationshipQueryService(
                    persistence.moduleSwitch(), persistence.users(), persistence.pairStates(),
                    new RelationshipQueryService.ReadModels(persistence.followLists(), persistence.connectionLists(),
                            persistence.blockLists(), persistence.userStatistics(), persistence.historyReader()));
            AdministrationService administration = new AdministrationService(persistence.users(), persistence.moduleSwitch());

            Operations operations = Operations.defaults()
                    .withReady(database::isReady)
                    .withMetrics(meters, meters::scrape)
                    .withUnavailableWhen(Database::isUnavailable)
                    .withThrottle(throttle(config.rateLimitPerMinute()));
            RestApi api = new RestApi(UseCases.of(commands, queries, administration), Authenticators.of(config.tokens()), operations,
                    config.httpPolicy())
                    .start(config.host(), config.port());
            LOG.info("started in {} ms on {}", (System.nanoTime() - started) / 1_000_000, database.description());
            return new RelationsService(database, api, meters);
        } catch (RuntimeException failure) {
            database.close();
            throw failure;
        }
    }

    /** Undoes the schema on the configured database; the service must not be running on it. */
    public static void rollbackSchema(RelationsConfig config) {
        Database.rollbackSchema(config.database());
    }

    public int port() {
        return api.port();
    }

    /** Stops accepting requests, lets those under way finish, then closes the pool and the database. */
    @Override
    public void close() {
        try {
            api.stop();
        } finally {
            database.close();
            meters.close();
        }
    }

    private static RequestThrottle throttle(int perMinute) {
        return perMinute == 0 ? RequestThrottle.NONE : new PerCallerRateLimit(perMinute, MAX_RATE_LIMITED_CALLERS);
    }

    private static PrometheusMeterRegistry newMeterRegistry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return registry;
    }
}
