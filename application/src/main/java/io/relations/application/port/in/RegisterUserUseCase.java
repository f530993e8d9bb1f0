package io.relations.application.port.in;

import io.relations.domain.model.UserId;

/** Makes a user known, by an administrator or on their first authenticated request. Works while the module is off. */
public interface RegisterUserUseCase {

    /** @return true if the user was not known before */
    boolean registerUser(UserId user);
}
