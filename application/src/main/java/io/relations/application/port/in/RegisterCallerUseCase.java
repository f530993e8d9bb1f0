package io.relations.application.port.in;

import io.relations.application.model.Outcome;
import io.relations.domain.model.UserId;

/**
 * Makes an authenticated caller known on their first request, unless an administrator deleted them:
 * then nothing is written and the caller is refused until an administrator registers them again.
 * Works while the module is off.
 */
public interface RegisterCallerUseCase {

    /**
     * Registers the caller unless a tombstone forbids it.
     *
     * @param caller the authenticated caller
     * @return true if the caller was not registered before, false if they were; denied
     *         {@code USER_DELETED} when they were deleted and not registered again by an
     *         administrator (nothing is written then)
     */
    Outcome<Boolean> registerCaller(UserId caller);
}
