package io.relations.adapter.rest.auth;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSetBasedJWKSource;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The identity provider's key set, fetched from its JWKS URL by nimbus' {@link JWKSourceBuilder},
 * configured and not rewritten: each fetch bounded by the connect and read timeouts (and 50 KiB);
 * the set cached for its time to live and fetched again in the background ahead of expiry; a token
 * whose {@code kid} is not in the set makes it fetch again, but fetches are rate-limited (at most
 * two per least interval), so a flood of made-up {@code kid}s cannot make the service hammer the
 * provider; and while the provider cannot be reached, the last good set is used for the outage
 * tolerance. Its {@link #version()} changes when the keys served change. Closing it stops the
 * background refresh.
 */
final class RemoteKeySet implements AutoCloseable {

    /** The version while no key set can be had: the provider was never reached, or not for longer than the outage tolerance. */
    static final long UNAVAILABLE = -1;
    private static final int SIZE_LIMIT_BYTES = JWKSourceBuilder.DEFAULT_HTTP_SIZE_LIMIT;

    private final JWKSetBasedJWKSource<SecurityContext> keys;
    private final AtomicReference<Seen> seen = new AtomicReference<>(new Seen(null, 0));

    /** The last key set served, by identity, and its version: 1 for the first set, 0 before it. */
    private record Seen(JWKSet set, long version) {
    }

    RemoteKeySet(RemoteKeySetSettings settings) {
        int timeoutMillis = Math.toIntExact(settings.timeout().toMillis());
        DefaultResourceRetriever retriever = new DefaultResourceRetriever(timeoutMillis, timeoutMillis, SIZE_LIMIT_BYTES);
        // Requests waiting for a fetch under way wait as long as the fetch may take, no longer.
        JWKSourceBuilder<SecurityContext> builder = JWKSourceBuilder.<SecurityContext>create(url(settings), retriever)
                .cache(settings.timeToLive().toMillis(), 2L * timeoutMillis)
                .rateLimited(settings.minRefreshInterval().toMillis())
                .retrying(false);
        if (settings.refreshAhead().isZero()) {
            builder.refreshAheadCache(false);
        } else {
            builder.refreshAheadCache(settings.refreshAhead().toMillis(), null,
                    Executors.newSingleThreadExecutor(daemon("relations-jwks-fetch")), true,
                    Executors.newSingleThreadScheduledExecutor(daemon("relations-jwks-schedule")), true);
        }
        if (settings.outageTolerance().isZero()) {
            builder.outageTolerant(false);
        } else {
            builder.outageTolerant(settings.outageTolerance().toMillis());
        }
        JWKSource<SecurityContext> built = builder.build();
        if (!(built instanceof JWKSetBasedJWKSource<SecurityContext> setBased)) {
            throw new IllegalStateException("nimbus built a " + built.getClass().getName() + ", not a set-based JWK source");
        }
        this.keys = setBased;
    }

    /** Where the key selector finds the keys. */
    JWKSource<SecurityContext> keys() {
        return keys;
    }

    /**
     * The version of the key set now, fetching it if the cached one expired; it changes when the
     * keys served differ from the last set seen, not when the same keys are fetched again.
     * {@link #UNAVAILABLE} when no set can be had.
     */
    long version() {
        JWKSet current;
        try {
            current = sets().getJWKSet(JWKSetCacheRefreshEvaluator.noRefresh(), System.currentTimeMillis(), null);
        } catch (KeySourceException unavailable) {
            return UNAVAILABLE;
        }
        while (true) {
            Seen last = seen.get();
            if (last.set() == current) {
                return last.version();
            }
            boolean sameKeys = last.set() != null && last.set().toString(true).equals(current.toString(true));
            Seen next = new Seen(current, sameKeys ? last.version() : last.version() + 1);
            if (seen.compareAndSet(last, next)) {
                return next.version();
            }
        }
    }

    @Override
    public void close() {
        try {
            keys.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JWKSetSource<SecurityContext> sets() {
        return keys.getJWKSetSource();
    }

    private static URL url(RemoteKeySetSettings settings) {
        try {
            return settings.url().toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the JWKS URL is not a valid URL: " + e.getMessage(), e);
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
