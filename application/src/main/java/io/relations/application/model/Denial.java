package io.relations.application.model;

import java.util.Locale;

/**
 * Why the application does not carry out a command or a query before the kernel is even asked:
 * what only the outside world knows (the module switch, who is registered). The kernel's own
 * reasons are {@link io.relations.domain.decision.Refusal}. {@link #code()} is the stable name
 * clients see.
 */
public enum Denial {
    /** The module is switched off ({@code connections_enabled} = false). */
    MODULE_DISABLED,
    /** The target user is not known. */
    USER_NOT_FOUND,
    /**
     * The acting user is not registered: an administrator deleted them, and only an administrator
     * registers them again. (Over HTTP every caller is registered on their first request, so a
     * deletion is the only way an acting user can be unknown.)
     */
    USER_DELETED,
    /**
     * A reader of the change log asked for changes after a position the log's retention has
     * already removed: what followed it is partly gone, so nothing is answered rather than a
     * feed with a hole in it.
     */
    POSITION_EXPIRED,
    /** No webhook subscription has the id an administrator named. */
    SUBSCRIPTION_NOT_FOUND;

    /**
     * The denial's stable name: its constant in lower case, e.g. {@code module_disabled}.
     *
     * @return the code, never null
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
