package io.relations.bootstrap.config;

import io.relations.adapter.persistence.DatabaseLocation;
import io.relations.adapter.rest.HttpPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
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
        LogFormat logFormat,
        HttpPolicy httpPolicy) {

    public static final String PREFIX = "RELATIONS_";
    private static final int MIN_SECRET_BYTES = 32;
    /** Per caller; 0 switches rate limiting off. */
    public static final int DEFAULT_RATE_LIMIT_PER_MINUTE = 1_200;

    public enum LogFormat {
        TEXT,
        JSON
    }

    public RelationsConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(logFormat, "logFormat");
        Objects.requireNonNull(httpPolicy, "httpPolicy");
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
                        env.text("RELATIONS_JWT_AUDIENCE", "relations")),
                env.integer("RELATIONS_RATE_LIMIT_PER_MINUTE", DEFAULT_RATE_LIMIT_PER_MINUTE, 0, 1_000_000),
                env.choice("RELATIONS_LOG_FORMAT", LogFormat.class, LogFormat.TEXT),
                httpPolicy(env));
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
            return new DatabaseLocation.Embedded(dataDirectory.resolve("postgres"));
        }
        if (!url.get().startsWith("jdbc:postgresql://")) {
            throw Environment.invalid("RELATIONS_DB_URL", url.get(), "a PostgreSQL JDBC URL, jdbc:postgresql://host:port/database");
        }
        return new DatabaseLocation.Server(
                url.get(),
                env.text("RELATIONS_DB_USER").orElseThrow(() -> new ConfigurationException("RELATIONS_DB_USER is required when RELATIONS_DB_URL is set")),
                env.text("RELATIONS_DB_PASSWORD", ""));
    }

    private static TokenSettings.TokenKey tokenKey(Environment env, Path dataDirectory) {
        List<TokenSettings.TokenKey> given = new ArrayList<>();
        env.text("RELATIONS_JWT_SECRET").ifPresent(secret -> given.add(new TokenSettings.SharedSecret(secretBytes(secret))));
        TokenSettings.PublicKeyAlgorithm algorithm =
                env.choice("RELATIONS_JWT_ALGORITHM", TokenSettings.PublicKeyAlgorithm.class, TokenSettings.PublicKeyAlgorithm.RS256);
        env.path("RELATIONS_JWT_PUBLIC_KEY_FILE").ifPresent(file -> given.add(new TokenSettings.PublicKeyFile(file, algorithm)));
        env.path("RELATIONS_JWT_JWKS_FILE").ifPresent(file -> given.add(new TokenSettings.JwksFile(file, algorithm)));
        if (given.size() > 1) {
            throw new ConfigurationException(
                    "RELATIONS_JWT_SECRET, RELATIONS_JWT_PUBLIC_KEY_FILE and RELATIONS_JWT_JWKS_FILE exclude each other: set one");
        }
        TokenSettings.TokenKey key = given.isEmpty() ? new TokenSettings.GeneratedSecret(dataDirectory.resolve("jwt-secret")) : given.get(0);
        boolean verifiesWithPublicKey = key instanceof TokenSettings.PublicKeyFile || key instanceof TokenSettings.JwksFile;
        if (env.text("RELATIONS_JWT_ALGORITHM").isPresent() && !verifiesWithPublicKey) {
            throw new ConfigurationException("RELATIONS_JWT_ALGORITHM applies to RELATIONS_JWT_PUBLIC_KEY_FILE or RELATIONS_JWT_JWKS_FILE;"
                    + " a secret always means HS256");
        }
        return key;
    }

    /** Base64 (standard or URL-safe) when it decodes to at least 256 bits, else the raw UTF-8 bytes. */
    private static byte[] secretBytes(String secret) {
        byte[] bytes = decodeBase64(secret).orElse(secret.getBytes(StandardCharsets.UTF_8));
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new ConfigurationException("RELATIONS_JWT_SECRET is too short: HS256 needs at least 256 bits (32 bytes)");
        }
        return bytes;
    }

    private static Optional<byte[]> decodeBase64(String text) {
        for (Base64.Decoder decoder : List.of(Base64.getDecoder(), Base64.getUrlDecoder())) {
            try {
                byte[] decoded = decoder.decode(text);
                if (decoded.length >= MIN_SECRET_BYTES) {
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
                "RELATIONS_JWT_SECRET",
                "RELATIONS_JWT_PUBLIC_KEY_FILE",
                "RELATIONS_JWT_JWKS_FILE",
                "RELATIONS_JWT_ALGORITHM",
                "RELATIONS_JWT_ISSUER",
                "RELATIONS_JWT_AUDIENCE",
                "RELATIONS_RATE_LIMIT_PER_MINUTE",
                "RELATIONS_LOG_FORMAT",
                "RELATIONS_CORS_ORIGINS",
                "RELATIONS_METRICS_TOKEN",
                "RELATIONS_HTTP_READ_DEADLINE_MS");
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
