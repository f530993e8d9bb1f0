package io.relations.archfixture.domainusesjdbc.domain.model;

import java.sql.Connection;
import java.sql.SQLException;

/** Broken on purpose: the domain reaches the database itself. */
public final class PairStateLoader {

    public boolean canLoad(Connection connection) throws SQLException {
        return !connection.isClosed();
    }
}
