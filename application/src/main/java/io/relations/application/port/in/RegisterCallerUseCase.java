package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.domain.model.UserId;

/**
 * Makes an authenticated caller known on their first request, unless an administrator deleted them:
 * then nothing is written and the caller is refused until an administrator registers them again.
 * Works while the module is off.
 */
public interface RegisterCallerUseCase {

    /** @return true if the caller was not known before; denied {@code USER_DELETED} for a deleted user */
    Outcome<Boolean> registerCaller(UserId caller);
}
