package io.relations.application.port.in;

import io.relations.domain.model.UserId;

/** Erases a user with all their relationships and history. Works while the module is off. */
public interface DeleteUserUseCase {

    /** @return true if the user was known */
    boolean deleteUser(UserId user);
}
