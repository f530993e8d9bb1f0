package io.relations.adapter.rest.auth;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the identity provider publishes its keys (an http or https JWKS URL) and how they are
 * fetched: the connect and read timeouts of one fetch, how long a fetched set is used, how long
 * before that it is fetched again in the background, the least time between two fetches (a token
 * with an unknown {@code kid} asks for one), and how long the last good set stays in use while
 * the provider cannot be reached ({@link Duration#ZERO}: not at all).
 */
public record RemoteKeySetSettings(
        URI url,
        Duration timeout,
        Duration timeToLive,
        Duration refreshAhead,
        Duration minRefreshInterval,
        Duration outageTolerance) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(1);
    public static final Duration DEFAULT_TIME_TO_LIVE = Duration.ofMinutes(5);
    public static final Duration DEFAULT_REFRESH_AHEAD = Duration.ofSeconds(30);
    public static final Duration DEFAULT_MIN_REFRESH_INTERVAL = Duration.ofSeconds(30);
    public static final Duration DEFAULT_OUTAGE_TOLERANCE = Duration.ofHours(12);

    public RemoteKeySetSettings {
        Objects.requireNonNull(url, "url");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || url.getHost() == null) {
            throw new IllegalArgumentException("the JWKS URL must be an http or https URL with a host");
        }
        requirePositive(timeout, "the fetch timeout");
        requirePositive(timeToLive, "the key set's time to live");
        requirePositive(minRefreshInterval, "the least time between fetches");
        Objects.requireNonNull(refreshAhead, "refreshAhead");
        Objects.requireNonNull(outageTolerance, "outageTolerance");
        if (refreshAhead.isNegative() || outageTolerance.isNegative()) {
            throw new IllegalArgumentException("the refresh-ahead time and the outage tolerance cannot be negative");
        }
        // A fetch may take a connect and a read timeout; the background one must end before the set expires.
        if (refreshAhead.plus(timeout.multipliedBy(2)).compareTo(timeToLive) > 0) {
            throw new IllegalArgumentException("the key set's time to live must exceed the refresh-ahead time plus twice the fetch timeout");
        }
        if (minRefreshInterval.compareTo(timeToLive) >= 0) {
            throw new IllegalArgumentException("the least time between fetches must be shorter than the key set's time to live");
        }
    }

    /** The defaults above for {@code url}. */
    public static RemoteKeySetSettings defaults(URI url) {
        return new RemoteKeySetSettings(url, DEFAULT_TIMEOUT, DEFAULT_TIME_TO_LIVE, DEFAULT_REFRESH_AHEAD,
                DEFAULT_MIN_REFRESH_INTERVAL, DEFAULT_OUTAGE_TOLERANCE);
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
