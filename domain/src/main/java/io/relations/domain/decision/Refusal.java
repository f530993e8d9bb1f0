package io.relations.domain.decision;

import java.util.Locale;

/**
 * Why the kernel refuses a command: only what {@link RelationshipKernel#decide} itself decides.
 * Denials that need the outside world (the module switched off, an unknown user) are the caller's
 * own. {@link #code()} is the stable name clients see.
 */
public enum Refusal {
    /** The actor and the target are the same user. */
    SELF_RELATIONSHIP,
    /** A block between the two users, in either direction, forbids the interaction. */
    BLOCKED,
    /** Accepting or rejecting needs a request from the other user, and there is none. */
    NO_PENDING_REQUEST;

    /**
     * The refusal's stable name: its constant in lower case, e.g. {@code no_pending_request}.
     *
     * @return the code, never null
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
