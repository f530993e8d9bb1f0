/**
 * Holds no classes: the Flyway migrations live in this package's directory as resources, opened
 * by the module so that Flyway, another module, can read them.
 */
package io.relations.adapter.persistence.migration;
