package io.relations.embedded.postgres;

import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How to reach one PostgreSQL database.
 *
 * @param jdbcUrl  {@code jdbc:postgresql://host:port/database}, with optional parameters after {@code ?}
 * @param user     the role to log in as
 * @param password that role's password; never shown by {@link #toString()}
 */
public record ConnectionInfo(String jdbcUrl, String user, String password) {

    // jdbc:postgresql://host:port/database?parameters, where database and parameters are optional
    private static final Pattern POSTGRES_URL = Pattern.compile("(jdbc:postgresql://[^/?]*)(/[^?]*)?(\\?.*)?");

    /**
     * Checks that every part is there and that the URL is PostgreSQL's.
     *
     * @param jdbcUrl the URL
     * @param user the role
     * @param password its password
     * @throws IllegalArgumentException if {@code jdbcUrl} is not a PostgreSQL JDBC URL
     * @throws NullPointerException     if a part is {@code null}
     */
    public ConnectionInfo {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!POSTGRES_URL.matcher(jdbcUrl).matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database): " + jdbcUrl);
        }
    }

    /**
     * The same server and credentials, another database.
     *
     * @param database the database's name
     * @return the connection to it, with this URL's parameters kept
     */
    public ConnectionInfo withDatabase(String database) {
        Matcher url = POSTGRES_URL.matcher(jdbcUrl);
        if (!url.matches()) {
            throw new IllegalStateException("unreachable: checked by the constructor");
        }
        String parameters = url.group(3) == null ? "" : url.group(3);
        return new ConnectionInfo(url.group(1) + "/" + database + parameters, user, password);
    }

    /**
     * A plain, unpooled data source: the caller adds a pool where it needs one.
     *
     * @return a new data source of the PostgreSQL driver, each connection a new session
     */
    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    /** Without the password, which must not end up in logs. */
    @Override
    public String toString() {
        return "ConnectionInfo[" + jdbcUrl + ", user " + user + "]";
    }
}
