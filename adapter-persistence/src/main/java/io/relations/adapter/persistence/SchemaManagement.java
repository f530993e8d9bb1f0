package io.relations.adapter.persistence;

/** What {@link RelationsPersistence.Builder#build()} does with the schema before it starts. */
public enum SchemaManagement {

    /**
     * Applies the adapter's Flyway migrations that are not applied yet, creating the schema and
     * its history table if they do not exist, then checks the tables against the entities.
     */
    MIGRATE,

    /**
     * Changes nothing: checks that every migration of this release is applied, unchanged (Flyway's
     * validation of the history table), and the tables against the entities; the build fails
     * with a message naming the schema and what is missing otherwise. For a schema that someone
     * else migrates, with this release's migrations.
     */
    VALIDATE
}
