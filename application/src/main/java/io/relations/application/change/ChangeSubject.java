package io.relations.application.change;

import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a change is about: a pair of users, one user, or a setting. Its {@link #key()} is the unit
 * of order for every delivery: two changes with the same key reach every consumer in the order of
 * the log (Kafka partitions by it, webhooks never send a key's next change before the one before
 * it was acknowledged).
 */
public final class ChangeSubject {

    /** The three kinds of subject. */
    public enum Kind {
        /** Two users: every relationship change. */
        PAIR,
        /** One user: registration and deletion. */
        USER,
        /** A setting of the module. */
        SETTING
    }

    private static final Pattern SETTING_KEY = Pattern.compile("[a-z][a-z_]{0,62}");

    private final Kind kind;
    private final UserPair pair;
    private final UserId user;
    private final String setting;

    private ChangeSubject(Kind kind, UserPair pair, UserId user, String setting) {
        this.kind = kind;
        this.pair = pair;
        this.user = user;
        this.setting = setting;
    }

    /**
     * A pair's subject.
     *
     * @param pair the two users
     * @return the subject
     * @throws NullPointerException if {@code pair} is null
     */
    public static ChangeSubject of(UserPair pair) {
        return new ChangeSubject(Kind.PAIR, Objects.requireNonNull(pair, "pair"), null, null);
    }

    /**
     * A user's subject.
     *
     * @param user the user
     * @return the subject
     * @throws NullPointerException if {@code user} is null
     */
    public static ChangeSubject of(UserId user) {
        return new ChangeSubject(Kind.USER, null, Objects.requireNonNull(user, "user"), null);
    }

    /**
     * A setting's subject.
     *
     * @param key the setting's key: lower case letters and underscores, at most 63
     * @return the subject
     * @throws NullPointerException     if {@code key} is null
     * @throws IllegalArgumentException if the key is not of that form
     */
    public static ChangeSubject setting(String key) {
        Objects.requireNonNull(key, "key");
        if (!SETTING_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a setting's key is lower case letters and underscores");
        }
        return new ChangeSubject(Kind.SETTING, null, null, key);
    }

    /** {@return which of the three it is} */
    public Kind kind() {
        return kind;
    }

    /** {@return the pair, for a pair's subject} */
    public Optional<UserPair> pair() {
        return Optional.ofNullable(pair);
    }

    /** {@return the user, for a user's subject} */
    public Optional<UserId> user() {
        return Optional.ofNullable(user);
    }

    /** {@return the setting's key, for a setting's subject} */
    public Optional<String> setting() {
        return Optional.ofNullable(setting);
    }

    /**
     * The subject as one text, the unit of order: {@code pair:<lower>:<higher>},
     * {@code user:<id>} or {@code setting:<key>}; the CloudEvents {@code subject} and the Kafka
     * record key.
     *
     * @return the key, at most 84 characters
     */
    public String key() {
        return switch (kind) {
            case PAIR -> "pair:" + pair.lower() + ":" + pair.higher();
            case USER -> "user:" + user;
            case SETTING -> "setting:" + setting;
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChangeSubject that && key().equals(that.key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    @Override
    public String toString() {
        return key();
    }
}
