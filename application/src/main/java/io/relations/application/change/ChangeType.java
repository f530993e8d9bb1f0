package io.relations.application.change;

import java.util.List;

/**
 * The kinds of change the log records, each with its version, its privacy class and the fields of
 * its data. A new kind of change (follow requests, mutes) is a new constant here and the place
 * that records it; nothing else has to learn about it, because readers and deliveries handle
 * every type through these accessors.
 *
 * <p>A type's code and version are its identity in the log, the feed and every delivery: they
 * never change. A change of a type's data that a consumer could not read is a new version (a new
 * constant with the same code); fields are only ever added as optional.
 */
public enum ChangeType {

    /** A user began following another. */
    FOLLOW_CREATED("follow.created", PrivacyClass.PUBLIC, required("follower"), required("followed")),
    /**
     * A follow ended: unfollowed, removed by the followed user, by a block's cascade (which reads
     * exactly as the other two), or by the deletion of either user ({@code cause} {@code user_deleted}).
     */
    FOLLOW_REMOVED("follow.removed", PrivacyClass.PUBLIC, required("follower"), required("followed"), optional("cause")),
    /** A user asked another to connect. */
    CONNECTION_REQUESTED("connection.requested", PrivacyClass.PARTIES, required("requester"), required("recipient")),
    /** The recipient accepted, or both asked: the two are connected. */
    CONNECTION_ACCEPTED("connection.accepted", PrivacyClass.PUBLIC, required("requester"), required("recipient")),
    /** The recipient rejected a request; it is gone. */
    CONNECTION_REJECTED("connection.rejected", PrivacyClass.PARTIES, required("requester"), required("recipient")),
    /**
     * A connection or a pending request between the pair ended: withdrawn, removed, cut by a block,
     * or by the deletion of either user ({@code cause} {@code user_deleted}).
     */
    CONNECTION_REMOVED("connection.removed", PrivacyClass.PARTIES, required("user_a"), required("user_b"), optional("cause")),
    /** A user blocked another; the reason is the blocker's alone. */
    BLOCK_CREATED("block.created", PrivacyClass.PARTIES, required("blocker"), required("blocked"),
            new ChangeField("reason", PrivacyClass.PRIVATE, true)),
    /** A block ended: lifted by its blocker, or by the deletion of either user ({@code cause} {@code user_deleted}). */
    BLOCK_REMOVED("block.removed", PrivacyClass.PARTIES, required("blocker"), required("blocked"), optional("cause")),
    /** A user became known: on first use, or by an administrator (who may lift a deletion's tombstone). */
    USER_REGISTERED("user.registered", PrivacyClass.PUBLIC, required("user")),
    /** An administrator deleted a user; every relationship it removed was published before it, each as its own change. */
    USER_DELETED("user.deleted", PrivacyClass.PUBLIC, required("user")),
    /** An administrator changed a setting ({@code connections_enabled}: {@code true} or {@code false}). */
    SETTING_CHANGED("setting.changed", PrivacyClass.PUBLIC, required("key"), required("value"));

    private static final String CLOUD_EVENT_PREFIX = "io.relations.";

    private final String code;
    private final int version;
    private final PrivacyClass privacy;
    private final List<ChangeField> fields;

    ChangeType(String code, PrivacyClass privacy, ChangeField... fields) {
        this.code = code;
        this.version = 1;
        this.privacy = privacy;
        this.fields = List.of(fields);
    }

    private static ChangeField required(String name) {
        return new ChangeField(name, PrivacyClass.PUBLIC, false);
    }

    private static ChangeField optional(String name) {
        return new ChangeField(name, PrivacyClass.PUBLIC, true);
    }

    /** {@return the type's name, such as {@code follow.created}} */
    public String code() {
        return code;
    }

    /** {@return the version of the type's data, from 1} */
    public int version() {
        return version;
    }

    /** {@return the class of the change as a whole: a subscription without it receives no change of this type} */
    public PrivacyClass privacy() {
        return privacy;
    }

    /** {@return the fields of the data, in the order the documents list them; unmodifiable} */
    public List<ChangeField> fields() {
        return fields;
    }

    /** {@return the CloudEvents {@code type} attribute, such as {@code io.relations.follow.created.v1}} */
    public String cloudEventType() {
        return CLOUD_EVENT_PREFIX + code + ".v" + version;
    }

    /**
     * The type of a code and version, as the log stores them.
     *
     * @param code    the type's name
     * @param version its version
     * @return the type
     * @throws IllegalArgumentException if no type has that code and version
     */
    public static ChangeType of(String code, int version) {
        for (ChangeType type : values()) {
            if (type.code.equals(code) && type.version == version) {
                return type;
            }
        }
        throw new IllegalArgumentException("not a change type: " + code + " v" + version);
    }
}
