package io.relations.application.webhook;

import java.util.Optional;

/**
 * Whether a subscription is delivered to, and when not, why. A paused subscription keeps its
 * position: nothing that happens meanwhile is dropped, and activating it resumes with the change
 * it stopped at.
 */
public enum SubscriptionState {

    /** Delivered to. */
    ACTIVE(null),
    /** Paused by an administrator. */
    PAUSED_BY_ADMINISTRATOR("administrator"),
    /** Paused by the dispatcher after its endpoint failed for longer than the retry window. */
    PAUSED_FAILING("failing");

    private final String pauseReason;

    SubscriptionState(String pauseReason) {
        this.pauseReason = pauseReason;
    }

    /** {@return whether changes are delivered} */
    public boolean isActive() {
        return this == ACTIVE;
    }

    /** {@return {@code active} or {@code paused}: the state's name in the API and the database} */
    public String code() {
        return isActive() ? "active" : "paused";
    }

    /** {@return why it is paused, {@code administrator} or {@code failing}; empty when active} */
    public Optional<String> pauseReason() {
        return Optional.ofNullable(pauseReason);
    }

    /**
     * The state of a code and a pause reason, as {@link #code()} and {@link #pauseReason()} write them.
     *
     * @param code        {@code active} or {@code paused}
     * @param pauseReason empty when active, else {@code administrator} or {@code failing}
     * @return the state
     * @throws IllegalArgumentException if they name no state
     */
    public static SubscriptionState of(String code, Optional<String> pauseReason) {
        for (SubscriptionState state : values()) {
            if (state.code().equals(code) && state.pauseReason().equals(pauseReason)) {
                return state;
            }
        }
        throw new IllegalArgumentException("not a subscription state: " + code + " " + pauseReason.orElse(""));
    }
}
