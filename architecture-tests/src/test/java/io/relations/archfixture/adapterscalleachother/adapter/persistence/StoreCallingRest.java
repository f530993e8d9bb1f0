package io.relations.archfixture.adapterscalleachother.adapter.persistence;

import io.relations.archfixture.adapterscalleachother.adapter.rest.ProblemTypes;

/** Broken on purpose: the persistence adapter calls into the REST adapter. */
public final class StoreCallingRest {

    public String conflict() {
        return ProblemTypes.uriOf("blocked");
    }
}
