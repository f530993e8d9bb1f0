/**
 * A zero-setup PostgreSQL 17 for the service and its tests: nothing to install, data kept across restarts.
 *
 * <pre>{@code
 * try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(
 *         EmbeddedPostgresSettings.inDirectory(EmbeddedPostgresSettings.DEFAULT_DATA_DIRECTORY))) {
 *     DataSource dataSource = server.connectionInfo().dataSource();
 *     ...
 * }
 * }</pre>
 *
 * <p>Only JDBC types and this package's own types cross its boundary.
 */
package io.relations.adapter.persistence.embedded;
