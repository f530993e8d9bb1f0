package io.relations.archfixture.testkitusesadapter.testkit.contract;

import io.relations.archfixture.testkitusesadapter.adapter.persistence.PostgresStore;

/** Broken on purpose: the contract suite tests one adapter instead of any implementation of the ports. */
public abstract class PostgresStoreCases {

    protected int sizeOfAFreshStore() {
        return new PostgresStore().size();
    }
}
