package io.relations.application.port.out;

import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.application.webhook.DeliveryAttempt;
import java.util.UUID;

/**
 * The delivery attempts of each subscription, kept for its administrators to read. Bounded: a
 * storage keeps at least the newest {@value #KEPT_PER_SUBSCRIPTION} of each subscription and may
 * drop older ones, so a receiver that fails for a day does not fill the database.
 */
public interface DeliveryAttempts {

    /** How many of a subscription's newest attempts are always kept. */
    int KEPT_PER_SUBSCRIPTION = 1_000;

    /**
     * Records an attempt; nothing when its subscription is gone.
     *
     * @param attempt the attempt
     */
    void record(DeliveryAttempt attempt);

    /**
     * A subscription's attempts, newest first (by time, then id), keyset-paginated.
     *
     * @param subscription the subscription's id
     * @param request      the page's size and where it starts
     * @return the page; its cursor is the last entry's time and id
     */
    Page<DeliveryAttempt> page(UUID subscription, PageRequest request);
}
