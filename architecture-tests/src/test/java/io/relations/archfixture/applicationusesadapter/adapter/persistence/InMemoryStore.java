package io.relations.archfixture.applicationusesadapter.adapter.persistence;

public final class InMemoryStore {

    public int size() {
        return 0;
    }
}
