/**
 * A zero-setup PostgreSQL 17 for the service and its tests: nothing to install, data kept across restarts, and
 * supervised: a server that dies is started again on the same data directory and port, with backoff.
 *
 * <pre>{@code
 * try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(
 *         EmbeddedPostgresSettings.inDirectory(EmbeddedPostgresSettings.DEFAULT_DATA_DIRECTORY))) {
 *     DataSource dataSource = server.database("app").dataSource();
 *     boolean serving = server.health().state() == ServerState.RUNNING;
 *     ...
 * }
 * }</pre>
 *
 * <p>Only JDBC types and this package's own types cross its boundary. It knows nothing of the service that uses it.
 */
package io.relations.embedded.postgres;
