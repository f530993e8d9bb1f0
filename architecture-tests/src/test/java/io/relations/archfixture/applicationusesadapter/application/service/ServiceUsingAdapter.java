package io.relations.archfixture.applicationusesadapter.application.service;

import io.relations.archfixture.applicationusesadapter.adapter.persistence.InMemoryStore;

/** Broken on purpose: a use case that picks its own adapter instead of asking for a port. */
public final class ServiceUsingAdapter {

    private final InMemoryStore store = new InMemoryStore();

    public int size() {
        return store.size();
    }
}
