package io.relations.application.port.in;

import io.relations.domain.model.UserId;

/**
 * An administrator makes a user known, lifting the tombstone a deletion left (recorded with the
 * administrator's id). Works while the module is off.
 */
public interface RegisterUserUseCase {

    /** @return true if the user was not known before */
    boolean registerUser(UserId user, UserId administrator);
}
