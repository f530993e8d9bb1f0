package io.relations.adapter.rest;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the change feed answers and how far its live form ({@code /api/v1/changes/stream}) may
 * go: the CloudEvents {@code source} of every event; the heartbeat (a comment line sent while
 * nothing happens, so that proxies and clients see the stream alive, well inside the server's
 * idle timeout of 30 s); how often a stream asks the log for news while there is none; how many
 * streams one process serves at once (each holds a thread while it lasts); and how long one
 * stream lasts before it ends and its client reconnects with {@code Last-Event-ID}.
 *
 * @param source            the CloudEvents {@code source} of every change event: an absolute URI
 * @param heartbeat         the longest a stream stays silent: a comment line is sent after it
 * @param pollInterval      how long a stream that has nothing new waits before it asks the log again
 * @param maxStreams        the most streams one server serves at once; one more is answered 503
 * @param maxStreamDuration how long one stream lasts at most
 */
public record ChangeFeedSettings(URI source, Duration heartbeat, Duration pollInterval, int maxStreams, Duration maxStreamDuration) {

    /** The CloudEvents {@code source} unless configured: a URN, since the service has no one URL. */
    public static final URI DEFAULT_SOURCE = URI.create("urn:relations");
    /** A comment line every 15 s while nothing happens. */
    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(15);
    /** Below the idle timeout (30 s), with room for a slow write. */
    public static final Duration LONGEST_HEARTBEAT = Duration.ofSeconds(25);
    /** News within a fifth of a second, at five light reads a second per open stream. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMillis(200);
    /** Each stream holds a request thread: far below the server's pool. */
    public static final int DEFAULT_MAX_STREAMS = 32;
    /** Long enough that reconnects are rare, short enough that streams spread over instances again. */
    public static final Duration DEFAULT_MAX_STREAM_DURATION = Duration.ofMinutes(10);

    /**
     * Settings, checked.
     *
     * @param source            the CloudEvents {@code source}: an absolute URI
     * @param heartbeat         positive, at most {@link #LONGEST_HEARTBEAT}
     * @param pollInterval      positive
     * @param maxStreams        1 or more
     * @param maxStreamDuration positive
     * @throws NullPointerException     if a value is null
     * @throws IllegalArgumentException if the source is not an absolute URI, a duration is not
     *                                  positive, the heartbeat is longer than {@link #LONGEST_HEARTBEAT}
     *                                  or {@code maxStreams} is below 1
     */
    public ChangeFeedSettings {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(heartbeat, "heartbeat");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(maxStreamDuration, "maxStreamDuration");
        if (!source.isAbsolute()) {
            throw new IllegalArgumentException("the CloudEvents source must be an absolute URI, such as urn:relations: " + source);
        }
        requirePositive(heartbeat, "heartbeat");
        requirePositive(pollInterval, "poll interval");
        requirePositive(maxStreamDuration, "longest stream");
        if (heartbeat.compareTo(LONGEST_HEARTBEAT) > 0) {
            throw new IllegalArgumentException("the heartbeat must be at most " + LONGEST_HEARTBEAT + ", inside the idle timeout: " + heartbeat);
        }
        if (maxStreams < 1) {
            throw new IllegalArgumentException("at least one stream must be allowed: " + maxStreams);
        }
    }

    /**
     * The defaults.
     *
     * @return {@code urn:relations}, a heartbeat every 15 s, a poll every 200 ms, 32 streams of at most 10 minutes
     */
    public static ChangeFeedSettings defaults() {
        return new ChangeFeedSettings(DEFAULT_SOURCE, DEFAULT_HEARTBEAT, DEFAULT_POLL_INTERVAL, DEFAULT_MAX_STREAMS, DEFAULT_MAX_STREAM_DURATION);
    }

    /**
     * These settings with another source.
     *
     * @param newSource the CloudEvents {@code source}: an absolute URI
     * @return the new settings
     */
    public ChangeFeedSettings withSource(URI newSource) {
        return new ChangeFeedSettings(newSource, heartbeat, pollInterval, maxStreams, maxStreamDuration);
    }

    /**
     * These settings with other bounds of the live form.
     *
     * @param newHeartbeat         the longest silence of a stream
     * @param newPollInterval      the wait before the log is asked again
     * @param newMaxStreams        the most streams at once
     * @param newMaxStreamDuration the longest stream
     * @return the new settings
     */
    public ChangeFeedSettings withStreams(Duration newHeartbeat, Duration newPollInterval, int newMaxStreams, Duration newMaxStreamDuration) {
        return new ChangeFeedSettings(source, newHeartbeat, newPollInterval, newMaxStreams, newMaxStreamDuration);
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("the " + name + " must be positive: " + duration);
        }
    }
}
