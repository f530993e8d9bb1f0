package io.relations.application.port.out;

import io.relations.domain.model.UserId;
import java.util.Set;

/** The users that relationships may name: a minimal projection of the identity system. */
public interface UserDirectory {

    boolean exists(UserId user);

    /** The members of {@code users} that are known, in one round trip. */
    Set<UserId> existing(Set<UserId> users);

    /** @return true if the user was not known before */
    boolean register(UserId user);

    /** Deletes the user with all their relationships and history. @return true if the user was known */
    boolean delete(UserId user);
}
