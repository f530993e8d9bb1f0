package io.relations.archfixture.jpaindomain.domain.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/** Broken on purpose: a domain value that is also a JPA entity. */
@Entity
public class FollowRow {

    @Id
    private UUID id;

    protected FollowRow() {}

    public UUID id() {
        return id;
    }
}
