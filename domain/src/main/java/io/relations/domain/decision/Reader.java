package io.relations.domain.decision;

/** On whose behalf a private read (a block list, a history) is made: its owner, or an administrator. */
public enum Reader {
    /** The user whose block list or history it is. */
    OWNER,
    /** An operator with the admin scope, reading any user's. */
    ADMINISTRATOR
}
