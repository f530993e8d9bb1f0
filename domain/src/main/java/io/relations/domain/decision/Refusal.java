package io.relations.domain.decision;

import java.util.Locale;

/** Why a command or query was not carried out. {@link #code()} is the stable name clients see. */
public enum Refusal {
    /** The module is switched off ({@code connections_enabled} = false). */
    MODULE_DISABLED,
    /** The actor and the target are the same user. */
    SELF_RELATIONSHIP,
    /** The target user is not known. */
    USER_NOT_FOUND,
    /**
     * The acting user is not registered: an administrator deleted them, and only an administrator
     * registers them again. (Over HTTP every caller is registered on their first request, so a
     * deletion is the only way an acting user can be unknown.)
     */
    USER_DELETED,
    /** A block between the two users, in either direction, forbids the interaction. */
    BLOCKED,
    /** Accepting or rejecting needs a request from the other user, and there is none. */
    NO_PENDING_REQUEST;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
