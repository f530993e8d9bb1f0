package io.relations.application.change;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who a change, or one field of it, belongs to. Every subscription of the change feed (a feed
 * caller, a webhook, the Kafka topic) names the classes it receives; a change whose type's class
 * it does not name never reaches it, and a field whose class it does not name is left out of what
 * it receives. Only {@link #PRIVATE} is left out by default.
 */
public enum PrivacyClass {

    /** What every user may read through the API anyway: follows, connections, users, settings. */
    PUBLIC("public"),

    /**
     * What the two users of a pair know of it and others do not: a pending connection request, its
     * answer, that a block exists (the blocked user learns it from a refused follow).
     */
    PARTIES("parties"),

    /**
     * What one user alone knows: a block's reason is its blocker's; mutes, when they come, are the
     * muter's alone. Sent only to a subscription configured for it.
     */
    PRIVATE("private");

    private final String code;

    PrivacyClass(String code) {
        this.code = code;
    }

    /** {@return the class's name in the API, the database and the documents: lower case} */
    public String code() {
        return code;
    }

    /**
     * The class named by {@code code}.
     *
     * @param code one of {@code public}, {@code parties}, {@code private}
     * @return the class
     * @throws IllegalArgumentException for any other text
     */
    public static PrivacyClass fromCode(String code) {
        for (PrivacyClass privacy : values()) {
            if (privacy.code.equals(code)) {
                return privacy;
            }
        }
        throw new IllegalArgumentException("not a privacy class: use public, parties or private");
    }

    /** {@return what a subscription receives unless configured otherwise: every class but {@link #PRIVATE}} */
    public static Set<PrivacyClass> defaults() {
        return EnumSet.of(PUBLIC, PARTIES);
    }
}
