package io.relations.application.webhook;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How one delivery attempt ended. Only {@link Outcome#ACKNOWLEDGED} (a 2xx answer) counts as
 * delivered; everything else is retried later.
 *
 * @param outcome how it ended
 * @param status  the HTTP status the endpoint answered, when it answered
 * @param took    from the start of the attempt to its end
 */
public record DeliveryResult(Outcome outcome, Optional<Integer> status, Duration took) {

    /** How an attempt ended. */
    public enum Outcome {
        /** The endpoint answered 2xx. */
        ACKNOWLEDGED,
        /** The endpoint answered another status (a redirect is not followed: it counts here). */
        REJECTED,
        /** No complete answer within the attempt's timeout. */
        TIMED_OUT,
        /** The endpoint could not be reached: no address, connection refused or reset, TLS failed. */
        UNREACHABLE,
        /**
         * The endpoint's name resolved to an address deliveries must not reach (private, loopback,
         * link-local, …) and no allow-list names it: nothing was sent.
         */
        ADDRESS_REFUSED
    }

    /**
     * A result.
     *
     * @param outcome how it ended
     * @param status  the HTTP status, present exactly for ACKNOWLEDGED and REJECTED
     * @param took    how long it took, not negative
     * @throws NullPointerException     if any is null
     * @throws IllegalArgumentException if the status does not fit the outcome
     */
    public DeliveryResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(took, "took");
        boolean answered = outcome == Outcome.ACKNOWLEDGED || outcome == Outcome.REJECTED;
        if (answered != status.isPresent() || took.isNegative()) {
            throw new IllegalArgumentException("a " + outcome + " attempt with status " + status);
        }
        if (status.isPresent() && (outcome == Outcome.ACKNOWLEDGED) != (status.get() >= 200 && status.get() < 300)) {
            throw new IllegalArgumentException("a " + outcome + " attempt with status " + status.get());
        }
    }

    /** {@return whether the change counts as delivered} */
    public boolean acknowledged() {
        return outcome == Outcome.ACKNOWLEDGED;
    }
}
