package io.relations.application.model;

import io.relations.domain.decision.ListAudience;
import java.util.Objects;

/**
 * The facts that decide whether a read may be answered and what it may show, read in the same
 * snapshot as the rows they guard: whether the module is switched on, whether the viewer and the
 * owner of the list are registered, and what {@link io.relations.domain.decision.Privacy} needs
 * to know about the two. For a user's own list, viewer and owner are the same user.
 *
 * @param connectionsEnabled whether the module is switched on
 * @param viewerKnown        whether the user who reads is registered
 * @param ownerKnown         whether the owner of the list is registered
 * @param audience           the blocks between viewer and owner
 */
public record ReadFacts(boolean connectionsEnabled, boolean viewerKnown, boolean ownerKnown, ListAudience audience) {

    /**
     * The facts.
     *
     * @param connectionsEnabled whether the module is switched on
     * @param viewerKnown        whether the user who reads is registered
     * @param ownerKnown         whether the owner of the list is registered
     * @param audience           the blocks between viewer and owner
     * @throws NullPointerException if {@code audience} is null
     */
    public ReadFacts {
        Objects.requireNonNull(audience, "audience");
    }
}
