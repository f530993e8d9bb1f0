package io.relations.application.port.in;

import io.relations.domain.model.UserId;

/**
 * Erases a user with all their relationships and history, and leaves a tombstone (recorded with
 * the administrator's id) so that the user's tokens cannot register them again. Works while the
 * module is off.
 */
public interface DeleteUserUseCase {

    /**
     * Deletes the user, in one transaction with the tombstone.
     *
     * @param user          the user to delete
     * @param administrator who deletes them, recorded with the tombstone
     * @return true if the user was registered; false if not, and then nothing is written, no
     *         tombstone either
     */
    boolean deleteUser(UserId user, UserId administrator);
}
