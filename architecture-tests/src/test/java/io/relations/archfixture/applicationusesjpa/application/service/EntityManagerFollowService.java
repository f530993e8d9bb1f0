package io.relations.archfixture.applicationusesjpa.application.service;

import jakarta.persistence.EntityManager;

/** Broken on purpose: a use case that persists through JPA instead of an outbound port. */
public final class EntityManagerFollowService {

    private final EntityManager entityManager;

    public EntityManagerFollowService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void follow(Object follow) {
        entityManager.persist(follow);
    }
}
