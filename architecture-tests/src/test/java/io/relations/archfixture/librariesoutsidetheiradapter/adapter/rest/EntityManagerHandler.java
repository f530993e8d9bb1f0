package io.relations.archfixture.librariesoutsidetheiradapter.adapter.rest;

import jakarta.persistence.EntityManager;

/** Broken on purpose: the REST adapter queries the database itself. */
public final class EntityManagerHandler {

    public Object find(EntityManager entityManager, Object id) {
        return entityManager.find(Object.class, id);
    }
}
