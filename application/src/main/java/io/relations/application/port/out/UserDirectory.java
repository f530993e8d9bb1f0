package io.relations.application.port.out;

import io.relations.application.model.Outcome;
import io.relations.domain.model.UserId;

/**
 * The users that relationships may name: a minimal projection of the identity system. A deleted
 * user leaves a tombstone: they are not registered again on first use, only by an administrator.
 * Registering and deleting one user are serialised with each other and with the pair
 * transactions that name them.
 */
public interface UserDirectory {

    /**
     * A caller's first-use registration.
     *
     * @param user the caller
     * @return true if the user was not known before, false if they were; denied
     *         {@code USER_DELETED} when the user was deleted and not registered again by an
     *         administrator (nothing is written then)
     */
    Outcome<Boolean> registerUnlessDeleted(UserId user);

    /**
     * An administrator's registration: lifts the user's tombstone if they had one, recorded as done
     * by {@code administrator}.
     *
     * @param user          the user to register
     * @param administrator who registers them
     * @return true if the user was not known before
     */
    boolean register(UserId user, UserId administrator);

    /**
     * Deletes the user with all their relationships and every history row that names them (the
     * other users' counts and lists lose them too), and leaves a tombstone recorded as done by
     * {@code administrator}, in one transaction. Registering the user again starts them with no
     * relationships.
     *
     * @param user          the user to delete
     * @param administrator who deletes them
     * @return true if the user was known
     */
    boolean delete(UserId user, UserId administrator);
}
