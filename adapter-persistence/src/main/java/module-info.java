/**
 * The persistence adapter of Relations on PostgreSQL: {@link io.relations.adapter.persistence.RelationsPersistence}
 * and its builder over a {@link javax.sql.DataSource}, and the service's own way in
 * ({@link io.relations.adapter.persistence.Database}). Exports that package alone; entities,
 * mappers, SQL and the migrations stay inside.
 *
 * <p>Flyway's jars carry no module name, so {@code flyway.core} below is the name the module
 * system derives from the file name {@code flyway-core-<version>.jar}: stable as long as Flyway
 * keeps that artifact name, and the reason the compiler warns about this module.
 */
module io.relations.adapter.persistence {
    requires transitive io.relations.application;
    requires transitive java.sql;

    requires org.hibernate.orm.core;
    requires jakarta.persistence;
    requires flyway.core;
    requires com.zaxxer.hikari;
    requires com.fasterxml.uuid;
    requires org.postgresql.jdbc;
    requires org.slf4j;
    // Only at compile time: MapStruct's annotations are class-retained, its generated mapper is plain code.
    requires static org.mapstruct;
    // Only for ConnectionPool's metrics: whoever passes a MeterRegistry has Micrometer already.
    requires static micrometer.core;

    exports io.relations.adapter.persistence;

    // Hibernate reads and writes the entities' fields reflectively.
    opens io.relations.adapter.persistence.entity to org.hibernate.orm.core;
    // Flyway scans the class path for the migrations (and the rollback reads its own scripts).
    opens io.relations.adapter.persistence.migration;
}
