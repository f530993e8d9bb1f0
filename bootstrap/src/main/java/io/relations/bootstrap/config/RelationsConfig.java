package io.relations.bootstrap.config;

import io.relations.adapter.persistence.DatabaseAddress;
import io.relations.adapter.rest.ChangeFeedSettings;
import io.relations.adapter.rest.HttpPolicy;
import io.relations.adapter.rest.auth.JwtSettings;
import io.relations.adapter.rest.http.AddressRange;
import io.relations.adapter.rest.http.CursorKeys;
import io.relations.embedded.postgres.RestartPolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every setting of the service, read once from environment variables and validated: a missing or
 * invalid one stops the start with a message naming the variable. The README's table lists them.
 */
public record RelationsConfig(
        String host,
        int port,
        Path dataDirectory,
        DatabaseLocation database,
        int poolSize,
        boolean migrateOnStart,
        TokenSettings tokens,
        int rateLimitPerMinute,
        int rateLimitPerAddressPerMinute,
        List<AddressRange> trustedProxies,
        LogFormat logFormat,
        CursorKeySettings cursorKeys,
        HttpPolicy httpPolicy,
        ChangeFeedSettings changeFeed,
        Optional<KafkaStreamSettings> kafka,
        Duration changeLogRetention,
        WebhookSettings webhooks) {

    public static final String PREFIX = "RELATIONS_";
    private static final int MIN_SECRET_BYTES = 32;
    /** Per caller; 0 switches rate limiting off. */
    public static final int DEFAULT_RATE_LIMIT_PER_MINUTE = 1_200;
    /**
     * Per client address, for what comes before authentication (no token, a refused token, the
     * operational routes, unknown routes); 0 switches it off. Far above what probes and scrapes
     * send, and valid tokens give their count back, so only a client that keeps failing meets it.
     */
    public static final int DEFAULT_RATE_LIMIT_PER_ADDRESS_PER_MINUTE = 1_200;
    /** How long the change log keeps a change at least (longer while a consumer has not delivered it). */
    public static final Duration DEFAULT_CHANGE_LOG_RETENTION = Duration.ofDays(7);
    private static final List<String> EMBEDDED_DB_SETTINGS = List.of(
            "RELATIONS_EMBEDDED_DB_RESTART_ATTEMPTS",
            "RELATIONS_EMBEDDED_DB_RESTART_DELAY_MS",
            "RELATIONS_EMBEDDED_DB_RESTART_MAX_DELAY_MS");
    private static final List<String> JWKS_URL_SETTINGS = List.of(
            "RELATIONS_JWT_JWKS_TIMEOUT_MILLIS",
            "RELATIONS_JWT_JWKS_TTL_SECONDS",
            "RELATIONS_JWT_JWKS_REFRESH_AHEAD_SECONDS",
            "RELATIONS_JWT_JWKS_MIN_REFRESH_SECONDS",
            "RELATIONS_JWT_JWKS_OUTAGE_TOLERANCE_SECONDS");

    public enum LogFormat {
        TEXT,
        JSON
    }

    public RelationsConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(tokens, "tokens");
        trustedProxies = List.copyOf(trustedProxies);
        Objects.requireNonNull(logFormat, "logFormat");
        Objects.requireNonNull(cursorKeys, "cursorKeys");
        Objects.requireNonNull(httpPolicy, "httpPolicy");
        Objects.requireNonNull(changeFeed, "changeFeed");
        Objects.requireNonNull(kafka, "kafka");
        Objects.requireNonNull(changeLogRetention, "changeLogRetention");
        Objects.requireNonNull(webhooks, "webhooks");
    }

    public static RelationsConfig fromEnvironment() {
        return from(System.getenv());
    }

    public static RelationsConfig from(Map<String, String> variables) {
        Environment env = new Environment(variables);
        rejectUnknown(variables);
        Path dataDirectory = env.path("RELATIONS_DATA_DIR").orElse(Path.of(".relations")).toAbsolutePath().normalize();
        return new RelationsConfig(
                env.text("RELATIONS_HTTP_HOST", "0.0.0.0"),
                env.integer("RELATIONS_HTTP_PORT", 8080, 0, 65_535),
                dataDirectory,
                database(env, dataDirectory),
                env.integer("RELATIONS_DB_POOL_SIZE", 10, 1, 200),
                env.flag("RELATIONS_DB_MIGRATE", true),
                new TokenSettings(
                        tokenKey(env, dataDirectory),
                        env.text("RELATIONS_JWT_ISSUER", "relations"),
                        env.text("RELATIONS_JWT_AUDIENCE", "relations"),
                        env.duration("RELATIONS_JWT_MAX_LIFETIME", TokenSettings.DEFAULT_MAX_LIFETIME,
                                Duration.ofMinutes(1), JwtSettings.LONGEST_MAX_LIFETIME)),
                env.integer("RELATIONS_RATE_LIMIT_PER_MINUTE", DEFAULT_RATE_LIMIT_PER_MINUTE, 0, 1_000_000),
                env.integer("RELATIONS_RATE_LIMIT_PER_ADDRESS_PER_MINUTE", DEFAULT_RATE_LIMIT_PER_ADDRESS_PER_MINUTE, 0, 1_000_000),
                trustedProxies(env),
                env.choice("RELATIONS_LOG_FORMAT", LogFormat.class, LogFormat.TEXT),
                cursorKeys(env, dataDirectory),
                httpPolicy(env),
                changeFeed(env),
                KafkaStreamSettings.from(env),
                env.duration("RELATIONS_CHANGE_LOG_RETENTION", DEFAULT_CHANGE_LOG_RETENTION, Duration.ofHours(1), Duration.ofDays(3_660)),
                WebhookSettings.from(env, dataDirectory));
    }

    /** The CloudEvents source of every change event, and the bounds of the feed's live streams. */
    private static ChangeFeedSettings changeFeed(Environment env) {
        ChangeFeedSettings defaults = ChangeFeedSettings.defaults();
        return new ChangeFeedSettings(
                cloudEventsSource(env.text("RELATIONS_CLOUDEVENTS_SOURCE", defaults.source().toString())),
                Duration.ofMillis(env.integer("RELATIONS_CHANGES_STREAM_HEARTBEAT_MS", (int) defaults.heartbeat().toMillis(),
                        100, (int) ChangeFeedSettings.LONGEST_HEARTBEAT.toMillis())),
                Duration.ofMillis(env.integer("RELATIONS_CHANGES_STREAM_POLL_MS", (int) defaults.pollInterval().toMillis(), 10, 60_000)),
                env.integer("RELATIONS_CHANGES_MAX_STREAMS", defaults.maxStreams(), 1, 10_000),
                env.duration("RELATIONS_CHANGES_STREAM_MAX_DURATION", defaults.maxStreamDuration(), Duration.ofSeconds(1), Duration.ofHours(24)));
    }

    /** An absolute URI (a URN, or the service's URL), as CloudEvents' {@code source} must be. */
    private static URI cloudEventsSource(String text) {
        try {
            URI source = new URI(text);
            if (source.isAbsolute()) {
                return source;
            }
        } catch (URISyntaxException notAUri) {
            // answered below, as a relative one
        }
        throw Environment.invalid("RELATIONS_CLOUDEVENTS_SOURCE", text, "an absolute URI, such as urn:relations or https://relations.example.com");
    }

    /** Comma-separated addresses or CIDR blocks, literals only (a host name would need DNS at every start). */
    private static List<AddressRange> trustedProxies(Environment env) {
        String name = "RELATIONS_TRUSTED_PROXIES";
        List<AddressRange> ranges = new ArrayList<>();
        for (String entry : env.text(name, "").split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            try {
                ranges.add(AddressRange.parse(entry));
            } catch (IllegalArgumentException notAnAddress) {
                throw new ConfigurationException(name + " is invalid: " + notAnAddress.getMessage()
                        + "; expected comma-separated IP addresses or CIDR blocks, e.g. 10.0.0.7,10.1.0.0/16,fd00::/8");
            }
        }
        return ranges;
    }

    /** CORS origins, the metrics token and the read deadline: what the HTTP edge lets through. */
    private static HttpPolicy httpPolicy(Environment env) {
        return new HttpPolicy(
                HttpExposure.corsOrigins(env.text("RELATIONS_CORS_ORIGINS", "")),
                HttpExposure.metricsToken(env.text("RELATIONS_METRICS_TOKEN", "")),
                Duration.ofMillis(env.integer("RELATIONS_HTTP_READ_DEADLINE_MS",
                        (int) HttpPolicy.DEFAULT_READ_DEADLINE.toMillis(), 100, 600_000)));
    }

    private static DatabaseLocation database(Environment env, Path dataDirectory) {
        Optional<String> url = env.text("RELATIONS_DB_URL");
        if (url.isEmpty()) {
            for (String dependent : List.of("RELATIONS_DB_USER", "RELATIONS_DB_PASSWORD")) {
                if (env.text(dependent).isPresent()) {
                    throw new ConfigurationException(dependent + " is set but RELATIONS_DB_URL is not: set both, or neither for the embedded database");
                }
            }
            return new DatabaseLocation.Embedded(dataDirectory.resolve("postgres"), restartPolicy(env));
        }
        EMBEDDED_DB_SETTINGS.stream().filter(name -> env.text(name).isPresent()).findFirst().ifPresent(name -> {
            throw new ConfigurationException(name + " applies to the embedded database, and RELATIONS_DB_URL names another server");
        });
        if (!url.get().startsWith("jdbc:postgresql://")) {
            throw Environment.invalid("RELATIONS_DB_URL", url.get(), "a PostgreSQL JDBC URL, jdbc:postgresql://host:port/database");
        }
        return new DatabaseLocation.Server(new DatabaseAddress(
                url.get(),
                env.text("RELATIONS_DB_USER").orElseThrow(() -> new ConfigurationException("RELATIONS_DB_USER is required when RELATIONS_DB_URL is set")),
                env.text("RELATIONS_DB_PASSWORD", "")));
    }

    /** How the embedded PostgreSQL is started again when it dies: attempts, then the first and the longest pause. */
    private static RestartPolicy restartPolicy(Environment env) {
        RestartPolicy defaults = RestartPolicy.defaults();
        int firstDelayMillis = env.integer("RELATIONS_EMBEDDED_DB_RESTART_DELAY_MS", (int) defaults.firstDelay().toMillis(), 1, 600_000);
        int maxDelayMillis = env.integer("RELATIONS_EMBEDDED_DB_RESTART_MAX_DELAY_MS", (int) defaults.maxDelay().toMillis(), 1, 600_000);
        if (maxDelayMillis < firstDelayMillis) {
            throw new ConfigurationException("RELATIONS_EMBEDDED_DB_RESTART_MAX_DELAY_MS (" + maxDelayMillis
                    + ") must be at least RELATIONS_EMBEDDED_DB_RESTART_DELAY_MS (" + firstDelayMillis + ")");
        }
        return new RestartPolicy(
                env.integer("RELATIONS_EMBEDDED_DB_RESTART_ATTEMPTS", defaults.maxAttempts(), 0, RestartPolicy.MAX_ATTEMPTS),
                Duration.ofMillis(firstDelayMillis), Duration.ofMillis(maxDelayMillis));
    }

    private static TokenSettings.TokenKey tokenKey(Environment env, Path dataDirectory) {
        List<TokenSettings.TokenKey> given = new ArrayList<>();
        env.text("RELATIONS_JWT_SECRET").ifPresent(secret -> given.add(new TokenSettings.SharedSecret(secretBytes(secret))));
        TokenSettings.PublicKeyAlgorithm algorithm =
                env.choice("RELATIONS_JWT_ALGORITHM", TokenSettings.PublicKeyAlgorithm.class, TokenSettings.PublicKeyAlgorithm.RS256);
        env.path("RELATIONS_JWT_PUBLIC_KEY_FILE").ifPresent(file -> given.add(new TokenSettings.PublicKeyFile(file, algorithm)));
        env.path("RELATIONS_JWT_JWKS_FILE").ifPresent(file -> given.add(new TokenSettings.JwksFile(file, algorithm)));
        env.text("RELATIONS_JWT_JWKS_URL").ifPresent(url -> given.add(jwksUrl(env, url, algorithm)));
        if (given.size() > 1) {
            throw new ConfigurationException("RELATIONS_JWT_SECRET, RELATIONS_JWT_PUBLIC_KEY_FILE, RELATIONS_JWT_JWKS_FILE"
                    + " and RELATIONS_JWT_JWKS_URL exclude each other: set one");
        }
        TokenSettings.TokenKey key = given.isEmpty() ? new TokenSettings.GeneratedSecret(dataDirectory.resolve("jwt-secret")) : given.get(0);
        boolean verifiesWithPublicKey = key instanceof TokenSettings.PublicKeyFile || key instanceof TokenSettings.JwksFile
                || key instanceof TokenSettings.JwksUrl;
        if (env.text("RELATIONS_JWT_ALGORITHM").isPresent() && !verifiesWithPublicKey) {
            throw new ConfigurationException("RELATIONS_JWT_ALGORITHM applies to RELATIONS_JWT_PUBLIC_KEY_FILE, RELATIONS_JWT_JWKS_FILE"
                    + " or RELATIONS_JWT_JWKS_URL; a secret always means HS256");
        }
        if (!(key instanceof TokenSettings.JwksUrl)) {
            JWKS_URL_SETTINGS.stream().filter(name -> env.text(name).isPresent()).findFirst().ifPresent(name -> {
                throw new ConfigurationException(name + " applies to RELATIONS_JWT_JWKS_URL, which is not set");
            });
        }
        return key;
    }

    /** Comma-separated base64 keys of 256 bits or more, the current one first; by default one generated in the data directory. */
    private static CursorKeySettings cursorKeys(Environment env, Path dataDirectory) {
        Optional<String> text = env.text("RELATIONS_CURSOR_KEYS");
        if (text.isEmpty()) {
            return new CursorKeySettings.Generated(dataDirectory.resolve("cursor-key"));
        }
        String[] parts = text.get().split(",", -1);
        if (parts.length > CursorKeys.MAX_KEYS) {
            throw new ConfigurationException("RELATIONS_CURSOR_KEYS holds " + parts.length + " keys: at most " + CursorKeys.MAX_KEYS
                    + " (the current one and the rotated ones still accepted)");
        }
        List<byte[]> keys = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            int position = i + 1;
            // The key itself is never quoted: a message may end up in a log.
            byte[] key = decodeBase64(parts[i].strip(), CursorKeys.MIN_KEY_BYTES).orElseThrow(() -> new ConfigurationException(
                    "RELATIONS_CURSOR_KEYS: key " + position + " of " + parts.length + " is not base64 of at least 256 bits (32 bytes)"));
            if (keys.stream().anyMatch(other -> Arrays.equals(other, key))) {
                throw new ConfigurationException("RELATIONS_CURSOR_KEYS: key " + position + " repeats an earlier one");
            }
            keys.add(key);
        }
        return new CursorKeySettings.Given(keys);
    }

    private static TokenSettings.JwksUrl jwksUrl(Environment env, String url, TokenSettings.PublicKeyAlgorithm algorithm) {
        URI uri = httpUrl(url);
        Duration timeout = Duration.ofMillis(env.integer("RELATIONS_JWT_JWKS_TIMEOUT_MILLIS", 1_000, 1, 60_000));
        Duration timeToLive = Duration.ofSeconds(env.integer("RELATIONS_JWT_JWKS_TTL_SECONDS", 300, 1, 86_400));
        Duration refreshAhead = Duration.ofSeconds(env.integer("RELATIONS_JWT_JWKS_REFRESH_AHEAD_SECONDS", 30, 0, 86_400));
        Duration minRefresh = Duration.ofSeconds(env.integer("RELATIONS_JWT_JWKS_MIN_REFRESH_SECONDS", 30, 1, 86_400));
        Duration outageTolerance = Duration.ofSeconds(env.integer("RELATIONS_JWT_JWKS_OUTAGE_TOLERANCE_SECONDS", 43_200, 0, 604_800));
        if (refreshAhead.plus(timeout.multipliedBy(2)).compareTo(timeToLive) > 0) {
            throw new ConfigurationException("RELATIONS_JWT_JWKS_TTL_SECONDS must exceed RELATIONS_JWT_JWKS_REFRESH_AHEAD_SECONDS"
                    + " plus twice RELATIONS_JWT_JWKS_TIMEOUT_MILLIS: the refresh ahead of expiry must end before the key set expires");
        }
        if (minRefresh.compareTo(timeToLive) >= 0) {
            throw new ConfigurationException("RELATIONS_JWT_JWKS_MIN_REFRESH_SECONDS must be less than RELATIONS_JWT_JWKS_TTL_SECONDS:"
                    + " else the key set could not be refreshed when it expires");
        }
        return new TokenSettings.JwksUrl(uri, algorithm, timeout, timeToLive, refreshAhead, minRefresh, outageTolerance);
    }

    private static URI httpUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException notAUri) {
            throw Environment.invalid("RELATIONS_JWT_JWKS_URL", url, "an http or https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            throw Environment.invalid("RELATIONS_JWT_JWKS_URL", url, "an http or https URL with a host, such as https://idp.example/jwks.json");
        }
        return uri;
    }

    /** Base64 (standard or URL-safe) when it decodes to at least 256 bits, else the raw UTF-8 bytes. */
    private static byte[] secretBytes(String secret) {
        byte[] bytes = decodeBase64(secret, MIN_SECRET_BYTES).orElse(secret.getBytes(StandardCharsets.UTF_8));
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new ConfigurationException("RELATIONS_JWT_SECRET is too short: HS256 needs at least 256 bits (32 bytes)");
        }
        return bytes;
    }

    private static Optional<byte[]> decodeBase64(String text, int minBytes) {
        for (Base64.Decoder decoder : List.of(Base64.getDecoder(), Base64.getUrlDecoder())) {
            try {
                byte[] decoded = decoder.decode(text);
                if (decoded.length >= minBytes) {
                    return Optional.of(decoded);
                }
            } catch (IllegalArgumentException notBase64) {
                // try the next alphabet, then the raw text
            }
        }
        return Optional.empty();
    }

    /** A typo in a variable name would otherwise be silently ignored. */
    private static void rejectUnknown(Map<String, String> variables) {
        List<String> known = List.of(
                "RELATIONS_HTTP_HOST",
                "RELATIONS_HTTP_PORT",
                "RELATIONS_DATA_DIR",
                "RELATIONS_DB_URL",
                "RELATIONS_DB_USER",
                "RELATIONS_DB_PASSWORD",
                "RELATIONS_DB_POOL_SIZE",
                "RELATIONS_DB_MIGRATE",
                "RELATIONS_EMBEDDED_DB_RESTART_ATTEMPTS",
                "RELATIONS_EMBEDDED_DB_RESTART_DELAY_MS",
                "RELATIONS_EMBEDDED_DB_RESTART_MAX_DELAY_MS",
                "RELATIONS_JWT_SECRET",
                "RELATIONS_JWT_PUBLIC_KEY_FILE",
                "RELATIONS_JWT_JWKS_FILE",
                "RELATIONS_JWT_JWKS_URL",
                "RELATIONS_JWT_JWKS_TIMEOUT_MILLIS",
                "RELATIONS_JWT_JWKS_TTL_SECONDS",
                "RELATIONS_JWT_JWKS_REFRESH_AHEAD_SECONDS",
                "RELATIONS_JWT_JWKS_MIN_REFRESH_SECONDS",
                "RELATIONS_JWT_JWKS_OUTAGE_TOLERANCE_SECONDS",
                "RELATIONS_JWT_ALGORITHM",
                "RELATIONS_JWT_ISSUER",
                "RELATIONS_JWT_AUDIENCE",
                "RELATIONS_JWT_MAX_LIFETIME",
                "RELATIONS_RATE_LIMIT_PER_MINUTE",
                "RELATIONS_RATE_LIMIT_PER_ADDRESS_PER_MINUTE",
                "RELATIONS_TRUSTED_PROXIES",
                "RELATIONS_LOG_FORMAT",
                "RELATIONS_CURSOR_KEYS",
                "RELATIONS_CORS_ORIGINS",
                "RELATIONS_METRICS_TOKEN",
                "RELATIONS_HTTP_READ_DEADLINE_MS",
                "RELATIONS_CLOUDEVENTS_SOURCE",
                "RELATIONS_CHANGES_STREAM_HEARTBEAT_MS",
                "RELATIONS_CHANGES_STREAM_POLL_MS",
                "RELATIONS_CHANGES_MAX_STREAMS",
                "RELATIONS_CHANGES_STREAM_MAX_DURATION",
                "RELATIONS_KAFKA_BOOTSTRAP_SERVERS",
                "RELATIONS_KAFKA_TOPIC",
                "RELATIONS_KAFKA_PRIVACY",
                "RELATIONS_KAFKA_PARTITIONS",
                "RELATIONS_KAFKA_REPLICATION",
                "RELATIONS_KAFKA_TIMEOUT_MS",
                "RELATIONS_CHANGE_LOG_RETENTION",
                "RELATIONS_WEBHOOK_ALLOWED_ADDRESSES",
                "RELATIONS_WEBHOOK_TIMEOUT_MS",
                "RELATIONS_WEBHOOK_RETRY_FIRST",
                "RELATIONS_WEBHOOK_RETRY_MAX",
                "RELATIONS_WEBHOOK_RETRY_WINDOW",
                "RELATIONS_WEBHOOK_DELIVERIES",
                "RELATIONS_WEBHOOK_SECRET_KEY");
        List<String> testOnly = List.of("RELATIONS_TEST_DB");
        variables.keySet().stream()
                .filter(name -> name.startsWith(PREFIX) && !known.contains(name) && !testOnly.contains(name))
                .sorted()
                .findFirst()
                .ifPresent(unknown -> {
                    throw new ConfigurationException(unknown + " is not a setting of this service; known settings: " + String.join(", ", known));
                });
    }
}
