package io.relations.application.port.out;

import io.relations.application.model.Outcome;
import io.relations.domain.model.UserId;

/**
 * The users that relationships may name: a minimal projection of the identity system. A deleted
 * user leaves a tombstone: they are not registered again on first use, only by an administrator.
 */
public interface UserDirectory {

    /**
     * A caller's first-use registration.
     *
     * @return true if the user was not known before; denied {@code USER_DELETED} when the user was
     *         deleted and not registered again by an administrator (nothing is written then)
     */
    Outcome<Boolean> registerUnlessDeleted(UserId user);

    /**
     * An administrator's registration: lifts the user's tombstone if they had one, recorded as done
     * by {@code administrator}. @return true if the user was not known before
     */
    boolean register(UserId user, UserId administrator);

    /**
     * Deletes the user with all their relationships and history, and leaves a tombstone recorded as
     * done by {@code administrator}, in one transaction. @return true if the user was known
     */
    boolean delete(UserId user, UserId administrator);
}
