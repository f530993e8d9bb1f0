package io.relations.archfixture.testkitusesadapter.adapter.persistence;

public final class PostgresStore {

    public int size() {
        return 0;
    }
}
