package io.relations.application.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A subscription's signing keys: the current one, and after a rotation the previous one until
 * its window ends, so a receiver that still holds the old key keeps verifying while it switches.
 *
 * @param current       the key made by the creation or the latest rotation
 * @param previous      the key before it, while it still signs
 * @param previousUntil when the previous key stops signing; present exactly with {@code previous}
 */
public record SubscriptionSecrets(WebhookSecret current, Optional<WebhookSecret> previous, Optional<Instant> previousUntil) {

    /**
     * The keys.
     *
     * @param current       the current key
     * @param previous      the previous key, if it still signs
     * @param previousUntil when it stops, present exactly with {@code previous}
     * @throws NullPointerException     if any is null
     * @throws IllegalArgumentException if {@code previous} and {@code previousUntil} do not come together
     */
    public SubscriptionSecrets {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(previousUntil, "previousUntil");
        if (previous.isPresent() != previousUntil.isPresent()) {
            throw new IllegalArgumentException("a previous secret comes with the end of its window");
        }
    }

    /**
     * Only one key: a new subscription's.
     *
     * @param current the key
     * @return the secrets
     */
    public static SubscriptionSecrets only(WebhookSecret current) {
        return new SubscriptionSecrets(current, Optional.empty(), Optional.empty());
    }

    /**
     * The keys an attempt at {@code now} signs with: the current one, and the previous one while
     * its window lasts.
     *
     * @param now when the attempt is made
     * @return one or two keys, the newest first
     */
    public List<WebhookSecret> signingAt(Instant now) {
        if (previous.isPresent() && now.isBefore(previousUntil.get())) {
            return List.of(current, previous.get());
        }
        return List.of(current);
    }

    /**
     * The keys after a rotation: {@code next} signs from now on, the current one beside it until
     * {@code until}. A key still in an earlier window is dropped.
     *
     * @param next  the new key
     * @param until when the current key stops signing
     * @return the secrets after the rotation
     */
    public SubscriptionSecrets rotatedTo(WebhookSecret next, Instant until) {
        return new SubscriptionSecrets(next, Optional.of(current), Optional.of(until));
    }
}
