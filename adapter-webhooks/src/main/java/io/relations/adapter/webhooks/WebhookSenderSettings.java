package io.relations.adapter.webhooks;

import java.time.Duration;
import java.util.Objects;

/**
 * How the webhook sender sends.
 *
 * @param timeout                   the most one attempt may take, from the start of the name's
 *                                  resolution to the response's status and headers
 *                                  ({@code RELATIONS_WEBHOOK_TIMEOUT_MS})
 * @param maxResponseBodyBytes      how much of a response body is read (and discarded) to keep the
 *                                  connection for the next attempt; past it the connection is closed
 * @param maxConnectionsPerEndpoint the most connections open to one endpoint (scheme, host, port) at a time
 * @param maxQueuedPerEndpoint      the most attempts waiting for one of those connections; past it
 *                                  an attempt ends at once as unreachable
 * @param allowList                 the refused addresses webhooks may reach all the same
 *                                  ({@code RELATIONS_WEBHOOK_ALLOWED_ADDRESSES})
 * @param userAgent                 the {@code user-agent} of every request
 */
public record WebhookSenderSettings(
        Duration timeout,
        int maxResponseBodyBytes,
        int maxConnectionsPerEndpoint,
        int maxQueuedPerEndpoint,
        AllowList allowList,
        String userAgent) {

    /** The shortest timeout: 50 ms. */
    public static final Duration MIN_TIMEOUT = Duration.ofMillis(50);

    /** The longest timeout: 5 minutes. */
    public static final Duration MAX_TIMEOUT = Duration.ofMinutes(5);

    /** The default timeout, 15 seconds: the low end of what Standard Webhooks recommends receivers be given. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

    /** The default {@code user-agent}. */
    public static final String DEFAULT_USER_AGENT = "Relations-Webhooks/1";

    private static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

    /**
     * Settings.
     *
     * @param timeout                   50 ms to 5 minutes
     * @param maxResponseBodyBytes      0 to 16 MiB
     * @param maxConnectionsPerEndpoint 1 to 1024
     * @param maxQueuedPerEndpoint      1 to 65536
     * @param allowList                 the allow-list, {@link AllowList#none()} for none
     * @param userAgent                 1 to 200 printable ASCII characters
     * @throws NullPointerException     if any is null
     * @throws IllegalArgumentException if any is out of its range, naming it
     */
    public WebhookSenderSettings {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(allowList, "allowList");
        Objects.requireNonNull(userAgent, "userAgent");
        if (timeout.compareTo(MIN_TIMEOUT) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException("a webhook timeout is 50 ms to 5 minutes, not " + timeout.toMillis() + " ms");
        }
        if (maxResponseBodyBytes < 0 || maxResponseBodyBytes > MAX_BODY_BYTES) {
            throw new IllegalArgumentException("the response body read is 0 to 16 MiB");
        }
        if (maxConnectionsPerEndpoint < 1 || maxConnectionsPerEndpoint > 1024) {
            throw new IllegalArgumentException("connections per endpoint are 1 to 1024");
        }
        if (maxQueuedPerEndpoint < 1 || maxQueuedPerEndpoint > 65536) {
            throw new IllegalArgumentException("attempts queued per endpoint are 1 to 65536");
        }
        if (userAgent.isEmpty() || userAgent.length() > 200 || !userAgent.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("a user-agent is 1 to 200 printable ASCII characters");
        }
    }

    /**
     * {@return the defaults: 15 s, 64 KiB of response body, 4 connections and 256 queued attempts per
     * endpoint, no allow-list, {@value #DEFAULT_USER_AGENT}}
     */
    public static WebhookSenderSettings defaults() {
        return new WebhookSenderSettings(DEFAULT_TIMEOUT, 64 * 1024, 4, 256, AllowList.none(), DEFAULT_USER_AGENT);
    }

    /**
     * These settings with another timeout.
     *
     * @param newTimeout 50 ms to 5 minutes
     * @return the settings
     */
    public WebhookSenderSettings withTimeout(Duration newTimeout) {
        return new WebhookSenderSettings(newTimeout, maxResponseBodyBytes, maxConnectionsPerEndpoint,
                maxQueuedPerEndpoint, allowList, userAgent);
    }

    /**
     * These settings with another allow-list.
     *
     * @param newAllowList the list
     * @return the settings
     */
    public WebhookSenderSettings withAllowList(AllowList newAllowList) {
        return new WebhookSenderSettings(timeout, maxResponseBodyBytes, maxConnectionsPerEndpoint,
                maxQueuedPerEndpoint, newAllowList, userAgent);
    }
}
