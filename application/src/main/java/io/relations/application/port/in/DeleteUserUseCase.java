package io.relations.application.port.in;

import io.relations.domain.model.UserId;

/**
 * Erases a user with all their relationships and history, and leaves a tombstone (recorded with
 * the administrator's id) so that the user's tokens cannot register them again. Works while the
 * module is off.
 */
public interface DeleteUserUseCase {

    /** @return true if the user was known */
    boolean deleteUser(UserId user, UserId administrator);
}
