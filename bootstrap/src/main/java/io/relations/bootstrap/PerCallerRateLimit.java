package io.relations.bootstrap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.relations.adapter.rest.RequestThrottle;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A token bucket per caller (Bucket4j): up to {@code perMinute} requests in a burst, refilled
 * evenly over a minute. Buckets of the least recently seen callers are dropped past
 * {@code maxCallers}, so memory stays bounded; a dropped caller simply starts again with a full
 * bucket. Per process: behind a load balancer each instance counts on its own. The same class
 * counts client addresses, whose keys come from {@code TrustedProxies}.
 */
final class PerCallerRateLimit implements RequestThrottle {

    private final long perMinute;
    private final Map<String, Bucket> buckets;

    PerCallerRateLimit(long perMinute, int maxCallers) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("at least one request a minute");
        }
        this.perMinute = perMinute;
        this.buckets = new LinkedHashMap<>(1_024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxCallers;
            }
        };
    }

    @Override
    public Optional<Duration> retryAfter(String callerKey) {
        ConsumptionProbe probe = bucketOf(callerKey).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Never more than a full bucket: a refund cannot raise the burst. */
    @Override
    public void refund(String callerKey) {
        Bucket bucket;
        synchronized (this) {
            bucket = buckets.get(callerKey);
        }
        if (bucket != null) {
            bucket.addTokens(1);
        }
    }

    /** How many keys have a bucket now, never more than the bound (a gauge of the service). */
    synchronized int size() {
        return buckets.size();
    }

    private synchronized Bucket bucketOf(String callerKey) {
        return buckets.computeIfAbsent(callerKey, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
    }
}
