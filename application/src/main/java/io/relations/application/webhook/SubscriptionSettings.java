package io.relations.application.webhook;

import io.relations.application.change.ChangeType;
import io.relations.application.change.PrivacyClass;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What an administrator chooses of a subscription: where it goes and what it receives.
 *
 * @param endpoint   where deliveries go
 * @param eventTypes the types it receives; empty for all
 * @param privacy    the classes it receives, at least one
 */
public record SubscriptionSettings(WebhookEndpoint endpoint, Set<ChangeType> eventTypes, Set<PrivacyClass> privacy) {

    /**
     * Settings; the sets are copied.
     *
     * @param endpoint   where deliveries go
     * @param eventTypes the types, empty for all
     * @param privacy    the classes, at least one
     * @throws NullPointerException     if any is null
     * @throws IllegalArgumentException if {@code privacy} is empty
     */
    public SubscriptionSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(eventTypes, "eventTypes");
        Objects.requireNonNull(privacy, "privacy");
        EnumSet<ChangeType> types = EnumSet.noneOf(ChangeType.class);
        types.addAll(eventTypes);
        eventTypes = Collections.unmodifiableSet(types);
        if (privacy.isEmpty()) {
            throw new IllegalArgumentException("a subscription receives at least one privacy class");
        }
        privacy = Collections.unmodifiableSet(EnumSet.copyOf(privacy));
    }

    /**
     * Every type, of the default classes ({@link PrivacyClass#defaults()}).
     *
     * @param endpoint where deliveries go
     * @return the settings
     */
    public static SubscriptionSettings everything(WebhookEndpoint endpoint) {
        return new SubscriptionSettings(endpoint, Set.of(), PrivacyClass.defaults());
    }
}
