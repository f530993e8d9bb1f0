package io.relations.adapter.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.javalin.router.InternalRouter;
import io.micrometer.core.instrument.Gauge;
import io.relations.adapter.rest.auth.Authenticator;
import io.relations.adapter.rest.auth.KnownUsers;
import io.relations.adapter.rest.http.CursorCodec;
import io.relations.adapter.rest.http.CursorKeys;
import io.relations.adapter.rest.json.Json;
import io.relations.adapter.rest.json.ViewMapper;
import io.relations.adapter.rest.problem.ProblemException;
import io.relations.application.port.out.ValueRejectedException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.mapstruct.factory.Mappers;

/**
 * The HTTP API of DESIGN §4 on Javalin. The bootstrap builds one with the inbound ports, the token
 * authenticator and the operational hooks, then {@link #start(String, int)} and {@link #stop()}
 * it; nothing here is static, so several can run side by side (as the tests do).
 */
public final class RestApi {

    /** Bodies are tiny (a block reason of 500 characters at most); anything bigger is refused. */
    public static final long MAX_REQUEST_BYTES = 16 * 1024;
    /**
     * The request line and headers together: room for a bearer token of the authenticator's
     * largest size (8 KiB) and the usual headers; anything bigger is refused by Jetty (431).
     */
    public static final int MAX_REQUEST_HEADER_BYTES = 16 * 1024;
    /** The timer of every request; its tags are bounded (see HttpMetrics), and the service caps them besides. */
    public static final String REQUEST_TIMER = "http.server.requests";
    /** The entries each cache of the service holds now, tagged {@code cache} with the cache's fixed name. */
    public static final String CACHE_ENTRIES = "relations.cache.entries";
    /** How long {@link #stop()} lets requests under way finish; well inside the grace of Kubernetes (30 s). */
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final ApiPorts ports;
    private final Authenticator authenticator;
    private final CursorKeys cursorKeys;
    private final Operations operations;
    private final HttpPolicy policy;
    private Javalin server;

    /**
     * With {@link HttpPolicy#defaults()} (CORS off, {@code /metrics} open) and page cursors signed
     * with a key of its own, valid while it runs: for tests and embedding.
     */
    public RestApi(ApiPorts ports, Authenticator authenticator, Operations operations) {
        this(ports, authenticator, CursorKeys.random(), operations, HttpPolicy.defaults());
    }

    /** @param cursorKeys signs and verifies page cursors; every instance serving the same clients needs the same ring */
    public RestApi(ApiPorts ports, Authenticator authenticator, CursorKeys cursorKeys, Operations operations, HttpPolicy policy) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.cursorKeys = Objects.requireNonNull(cursorKeys, "cursorKeys");
        this.operations = Objects.requireNonNull(operations, "operations");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Starts serving on {@code host}:{@code port}; port 0 picks a free one, see {@link #port()}. */
    public synchronized RestApi start(String host, int port) {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        server = create().start(host, port);
        return this;
    }

    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("not started");
        }
        return server.port();
    }

    /** Stops taking requests, lets those under way finish (up to {@link #STOP_TIMEOUT}), then stops. */
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** A new, unstarted server with every route; package-private so that no Javalin type leaves this module. */
    Javalin create() {
        ObjectMapper json = Json.newMapper();
        ViewMapper views = Mappers.getMapper(ViewMapper.class);
        JsonBodies bodies = new JsonBodies(json);
        KnownUsers knownUsers = new KnownUsers(ports.registerCaller(), KnownUsers.DEFAULT_CAPACITY);
        Gauge.builder(CACHE_ENTRIES, knownUsers, KnownUsers::size).tag("cache", "known_users")
                .description("Entries of a bounded cache").register(operations.meters());

        Filters filters = new Filters(authenticator, knownUsers, operations.throttle(),
                operations.addressThrottle(), operations.trustedProxies());
        HttpMetrics metrics = new HttpMetrics(operations.meters());
        AccessLog accessLog = new AccessLog();
        CommandHandlers commands = new CommandHandlers(ports.commands(), views, bodies);
        QueryHandlers queries = new QueryHandlers(ports.queries(), views, new CursorCodec(cursorKeys, Clock.systemUTC()));
        AdminHandlers admin = new AdminHandlers(ports.admin(), knownUsers, bodies);
        OpsHandlers ops = new OpsHandlers(operations, BearerSecret.of(policy.metricsToken()));
        DocsHandlers docs = new DocsHandlers(json);
        Cors cors = new Cors(policy.corsOrigins());

        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.http.prefer405over404 = true;
            config.staticFiles.enableWebjars();
            config.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES);
                // Jetty caches header values per connection, for a client that repeats them. A
                // connection shared by many callers (a proxy's, a load test's) brings a new token
                // each time, and the cache is cleared over and over: 16% of the CPU in the storm.
                http.setHeaderCacheSize(0);
            });
            config.jetty.modifyServer(jetty -> {
                jetty.setErrorHandler(new JettyErrors(json));
                // Javalin puts its own handler inside the innermost of these: on stop, requests
                // under way may finish; each request must be read within the deadline.
                GracefulHandler graceful = new GracefulHandler();
                graceful.setHandler(new ReadDeadline(policy.readDeadline()));
                jetty.setHandler(graceful);
                jetty.setStopTimeout(STOP_TIMEOUT.toMillis());
            });

            RoutesConfig routes = config.routes;
            // Timed first, so that the requests the next filters refuse are timed too.
            routes.before(metrics::start);
            routes.before(filters::assignRequestId);
            routes.before(SecurityHeaders::everyAnswer);
            routes.before("/api/v1/*", SecurityHeaders::noStore);
            routes.before("/metrics", SecurityHeaders::noStore);
            routes.before(filters::throttleAddress);
            routes.before(filters::rejectUnusableMethod);
            routes.before(filters::rejectMalformedEscapes);
            routes.before(cors::admit);
            routes.beforeMatched("/api/v1/*", filters::authenticate);
            routes.beforeMatched("/api/v1/admin/*", filters::requireAdmin);
            routes.after(metrics::record);
            routes.after(accessLog::record);

            routes.put("/api/v1/me/following/{userId}", commands::follow);
            routes.delete("/api/v1/me/following/{userId}", commands::unfollow);
            routes.delete("/api/v1/me/followers/{userId}", commands::removeFollower);
            routes.put("/api/v1/me/connections/{userId}", commands::requestConnection);
            routes.delete("/api/v1/me/connections/{userId}", commands::disconnect);
            routes.post("/api/v1/me/connection-requests/{userId}/accept", commands::acceptConnectionRequest);
            routes.post("/api/v1/me/connection-requests/{userId}/reject", commands::rejectConnectionRequest);
            routes.put("/api/v1/me/blocks/{userId}", commands::block);
            routes.delete("/api/v1/me/blocks/{userId}", commands::unblock);

            routes.get("/api/v1/users/{userId}/followers", queries::followers);
            routes.get("/api/v1/users/{userId}/following", queries::following);
            routes.get("/api/v1/users/{userId}/connections", queries::connections);
            routes.get("/api/v1/users/{userId}/stats", queries::stats);
            routes.get("/api/v1/me/connection-requests", queries::connectionRequests);
            routes.get("/api/v1/me/blocks", queries::blocks);
            routes.get("/api/v1/me/relationships", queries::relationships);
            routes.get("/api/v1/me/history", queries::history);

            routes.put("/api/v1/admin/users/{userId}", admin::registerUser);
            routes.delete("/api/v1/admin/users/{userId}", admin::deleteUser);
            routes.get("/api/v1/admin/users/{userId}/blocks", queries::blocksOfUser);
            routes.get("/api/v1/admin/users/{userId}/history", queries::historyOfUser);
            routes.get("/api/v1/admin/settings/connections_enabled", admin::connectionsEnabled);
            routes.put("/api/v1/admin/settings/connections_enabled", admin::switchConnections);

            routes.get("/health/live", ops::live);
            routes.get("/health/ready", ops::ready);
            routes.get("/metrics", ops::metrics);
            routes.get("/openapi.json", docs::openApi);
            routes.get("/docs", docs::docs);
            routes.get(DocsHandlers.INITIALIZER_PATH, docs::initializer);

            ProblemHandlers problems = new ProblemHandlers(json, operations.isUnavailable(),
                    path -> allowedMethods(config, path), MAX_REQUEST_BYTES);
            routes.exception(Cors.Preflight.class, cors::answer);
            routes.exception(ProblemException.class, problems::problem);
            routes.exception(HttpResponseException.class, problems::javalinRefusal);
            routes.exception(ValueRejectedException.class, problems::rejectedValue);
            routes.exception(Exception.class, problems::unexpected);
            config.router.javaLangErrorHandler(problems::fatal);
        });
    }

    private static String allowedMethods(JavalinConfig config, String path) {
        InternalRouter router = config.unsafe.internalRouter;
        return HandlerType.commonHttp().stream()
                .filter(method -> !router.findHttpHandlerEntries(method, path).isEmpty())
                .map(HandlerType::name)
                .collect(Collectors.joining(", "));
    }
}
