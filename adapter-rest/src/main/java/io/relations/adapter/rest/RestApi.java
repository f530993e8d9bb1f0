package io.relations.adapter.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.micrometer.core.instrument.Gauge;
import io.relations.adapter.rest.auth.Authenticator;
import io.relations.adapter.rest.auth.KnownUsers;
import io.relations.adapter.rest.http.CursorCodec;
import io.relations.adapter.rest.http.CursorKeys;
import io.relations.adapter.rest.json.Json;
import io.relations.adapter.rest.json.ViewMapper;
import io.relations.cloudevents.ChangeCloudEvents;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
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
    /** The live streams of the change feed open now. */
    public static final String OPEN_CHANGE_STREAMS = "relations.changes.streams";
    /** The entries each cache of the service holds now, tagged {@code cache} with the cache's fixed name. */
    public static final String CACHE_ENTRIES = "relations.cache.entries";
    /** How long {@link #stop()} lets requests under way finish; well inside the grace of Kubernetes (30 s). */
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final ApiPorts ports;
    private final Authenticator authenticator;
    private final CursorKeys cursorKeys;
    private final Operations operations;
    private final HttpPolicy policy;
    private final ChangeFeedSettings feed;
    private Javalin server;
    private ChangeStreams streams;

    /**
     * With {@link HttpPolicy#defaults()} (CORS off, {@code /metrics} open), page cursors signed
     * with a key of its own, valid while it runs, and {@link ChangeFeedSettings#defaults()}: for tests and embedding.
     */
    public RestApi(ApiPorts ports, Authenticator authenticator, Operations operations) {
        this(ports, authenticator, CursorKeys.random(), operations, HttpPolicy.defaults(), ChangeFeedSettings.defaults());
    }

    /**
     * @param cursorKeys signs and verifies page cursors; every instance serving the same clients needs the same ring
     * @param feed       the change feed's CloudEvents source and the bounds of its live streams
     */
    public RestApi(ApiPorts ports, Authenticator authenticator, CursorKeys cursorKeys, Operations operations, HttpPolicy policy,
                   ChangeFeedSettings feed) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.cursorKeys = Objects.requireNonNull(cursorKeys, "cursorKeys");
        this.operations = Objects.requireNonNull(operations, "operations");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.feed = Objects.requireNonNull(feed, "feed");
    }

    /** Starts serving on {@code host}:{@code port}; port 0 picks a free one, see {@link #port()}. */
    public synchronized RestApi start(String host, int port) {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        ChangeStreams newStreams = new ChangeStreams(feed.maxStreams());
        server = create(newStreams).start(host, port);
        streams = newStreams;
        return this;
    }

    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("not started");
        }
        return server.port();
    }

    /**
     * Stops taking requests, ends the live streams of the change feed (their clients reconnect
     * elsewhere with {@code Last-Event-ID}), lets the requests under way finish (up to
     * {@link #STOP_TIMEOUT}), then stops.
     */
    public synchronized void stop() {
        if (server != null) {
            streams.closeAll();
            server.stop();
            server = null;
            streams = null;
        }
    }

    /**
     * A new, unstarted server with every route; package-private so that no Javalin type leaves
     * this module. The handlers are built here, each group with its own ports; the server's
     * settings, the route table and the exception mapping are each in a class of their own.
     */
    Javalin create() {
        return create(new ChangeStreams(feed.maxStreams()));
    }

    private Javalin create(ChangeStreams changeStreams) {
        ObjectMapper json = Json.newMapper();
        ViewMapper views = Mappers.getMapper(ViewMapper.class);
        JsonBodies bodies = new JsonBodies(json);
        CursorCodec cursorCodec = new CursorCodec(cursorKeys, Clock.systemUTC());
        KnownUsers knownUsers = new KnownUsers(ports.registerCaller(), KnownUsers.DEFAULT_CAPACITY);
        Gauge.builder(CACHE_ENTRIES, knownUsers, KnownUsers::size).tag("cache", "known_users")
                .description("Entries of a bounded cache").register(operations.meters());
        Gauge.builder(OPEN_CHANGE_STREAMS, changeStreams, ChangeStreams::open)
                .description("Live streams of the change feed open now").register(operations.meters());
        Cors cors = new Cors(policy.corsOrigins());
        RouteTable routes = new RouteTable(
                new HttpMetrics(operations.meters()),
                new AccessLog(),
                new Filters(authenticator, knownUsers, operations.throttle(), operations.addressThrottle(), operations.trustedProxies()),
                cors,
                new CommandHandlers(ports.commands(), views, bodies),
                new QueryHandlers(ports.queries(), views, cursorCodec),
                new AdminHandlers(ports.admin(), knownUsers, bodies),
                new ChangeHandlers(ports.changes(), new ChangeCloudEvents(feed.source()), changeStreams, feed),
                ports.webhooks().map(webhooks -> new WebhookHandlers(webhooks, bodies, cursorCodec)),
                new OpsHandlers(operations, BearerSecret.of(policy.metricsToken())),
                new DocsHandlers(json));

        return Javalin.create(config -> {
            ServerSettings.applyTo(config, json, policy.readDeadline());
            routes.addTo(config.routes);
            ExceptionMapping.applyTo(config, new ProblemHandlers(json, operations.isUnavailable(),
                    ExceptionMapping.allowedMethods(config), MAX_REQUEST_BYTES), cors);
        });
    }
}
