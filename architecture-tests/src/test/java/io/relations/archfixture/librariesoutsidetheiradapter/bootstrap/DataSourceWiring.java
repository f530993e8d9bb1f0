package io.relations.archfixture.librariesoutsidetheiradapter.bootstrap;

import javax.sql.DataSource;

/** Broken on purpose: the composition root holds the database connection pool. */
public final class DataSourceWiring {

    private final DataSource dataSource;

    public DataSourceWiring(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
