package io.relations.benchmarks;

import io.relations.adapter.rest.auth.TokenMinter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;

/**
 * The HS256 secret every benchmark gives the service it starts, and the minter of tokens the
 * service accepts: issuer and audience are the service's defaults; and the key of its cursors.
 */
public final class BenchmarkTokens {

    /** Dots keep it from reading as Base64, so the service uses these very bytes. */
    public static final String SECRET = "benchmark.secret.not.for.production.use.0123";
    /** The cursor key (RELATIONS_CURSOR_KEYS) of the services the data-set benchmarks start, so they can sign a deep page's cursor. */
    public static final String CURSOR_KEY = Base64.getEncoder().encodeToString(
            "benchmark.cursor.key.not.for.production.use".getBytes(StandardCharsets.UTF_8));
    private static final String ISSUER_AND_AUDIENCE = "relations";

    private BenchmarkTokens() {
    }

    public static TokenMinter minter(String secret) {
        return new TokenMinter(secret.getBytes(StandardCharsets.UTF_8), ISSUER_AND_AUDIENCE, ISSUER_AND_AUDIENCE, Clock.systemUTC());
    }

    /** The secret of a running service: {@code RELATIONS_JWT_SECRET}, as the service reads it, else {@link #SECRET}. */
    public static String secretFromEnvironment() {
        return System.getenv().getOrDefault("RELATIONS_JWT_SECRET", SECRET);
    }
}
