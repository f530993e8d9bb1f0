package io.relations.application.webhook;

import io.relations.application.change.ChangeEvent;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.ChangeType;
import io.relations.application.change.ConsumerName;
import io.relations.application.change.PrivacyClass;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A webhook subscription as administrators see it: never its secrets. Its position in the change
 * log is kept with the other consumers' ({@link #consumer()}), not here.
 *
 * @param id          its id (UUIDv7)
 * @param endpoint    where deliveries go
 * @param eventTypes  the types it receives; empty for every type, present and future
 * @param privacy     the privacy classes it receives, at least one
 * @param state       active, or paused and why
 * @param retry       when its endpoint is failing: since when, and the next attempt
 * @param startAfter  the log's position when it was created: a new subscription receives what
 *                    happens from then on
 * @param createdAt   when it was created
 * @param updatedAt   when an administrator or the dispatcher last changed it
 */
public record WebhookSubscription(UUID id, WebhookEndpoint endpoint, Set<ChangeType> eventTypes, Set<PrivacyClass> privacy,
                                  SubscriptionState state, Optional<RetrySchedule> retry, ChangePosition startAfter,
                                  Instant createdAt, Instant updatedAt) {

    /** The prefix of a subscription's consumer name. */
    public static final String CONSUMER_PREFIX = "webhook:";

    /**
     * A subscription; the sets are copied.
     *
     * @param id         its id
     * @param endpoint   where deliveries go
     * @param eventTypes the types it receives, empty for all
     * @param privacy    the classes it receives, at least one
     * @param state      its state
     * @param retry      its retry schedule, present only while active
     * @param startAfter where a new subscription starts
     * @param createdAt  when it was created
     * @param updatedAt  when it last changed, not before {@code createdAt}
     * @throws NullPointerException     if any is null
     * @throws IllegalArgumentException if {@code privacy} is empty, a paused subscription has a
     *                                  retry schedule, or it was updated before it was created
     */
    public WebhookSubscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(endpoint, "endpoint");
        eventTypes = copy(eventTypes, ChangeType.class);
        privacy = copy(privacy, PrivacyClass.class);
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(startAfter, "startAfter");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (privacy.isEmpty()) {
            throw new IllegalArgumentException("a subscription receives at least one privacy class");
        }
        if (!state.isActive() && retry.isPresent()) {
            throw new IllegalArgumentException("a paused subscription schedules no retry");
        }
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("a subscription is updated after it is created");
        }
    }

    /** {@return the name its position in the log is kept under: {@code webhook:<id>}} */
    public ConsumerName consumer() {
        return consumerOf(id);
    }

    /**
     * The consumer name of a subscription's id.
     *
     * @param id the subscription's id
     * @return {@code webhook:<id>}
     */
    public static ConsumerName consumerOf(UUID id) {
        return new ConsumerName(CONSUMER_PREFIX + id);
    }

    /**
     * What this subscription receives of a change: nothing when its type is not among
     * {@link #eventTypes()} (unless those are empty), else what its classes let it see
     * ({@link ChangeEvent#visibleTo}).
     *
     * @param event a change of the log
     * @return the change as this subscription sees it, or empty
     */
    public Optional<ChangeEvent> receives(ChangeEvent event) {
        if (!eventTypes.isEmpty() && !eventTypes.contains(event.type())) {
            return Optional.empty();
        }
        return event.visibleTo(privacy);
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        Objects.requireNonNull(values, type.getSimpleName());
        EnumSet<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return Collections.unmodifiableSet(copy);
    }
}
