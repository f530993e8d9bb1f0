package io.relations.application.port.in;

import io.relations.domain.model.UserId;

/**
 * An administrator makes a user known, lifting the tombstone a deletion left (recorded with the
 * administrator's id). Works while the module is off.
 */
public interface RegisterUserUseCase {

    /**
     * Registers the user and lifts their tombstone if they have one.
     *
     * @param user          the user to register
     * @param administrator who registers them, recorded when a tombstone is lifted
     * @return true if the user was not registered before (a deleted user was not), false if they
     *         were
     */
    boolean registerUser(UserId user, UserId administrator);
}
