package io.relations.bootstrap.roundtrips;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * What one database's sessions sent, as PostgreSQL itself logged it: unlike a JDBC proxy or
 * Hibernate's statistics, the server's log also sees {@code BEGIN}, {@code COMMIT} and the pool's
 * connection checks. {@link #logEveryStatement} makes the database's new sessions log every
 * statement ({@code log_statement = 'all'}, a superuser setting, for this database only); the log
 * is then read back through SQL ({@code pg_read_binary_file}, superuser), so no path on this
 * machine is assumed: the file is the server's current log ({@code pg_current_logfile()}) when it
 * runs a logging collector, else the embedded server's {@code postgres.log} in its data directory.
 *
 * <p>{@link #during} brackets an action between two marks, statements of this log's own session
 * that the server logs like any other. Every statement the action caused was logged before the
 * action returned (PostgreSQL logs a statement before running it, and the service answers after
 * its transaction ended), so the statements between the marks, minus this session's own, are
 * exactly what the action sent, and background work of the pool between the marks would show too.
 */
final class StatementLog implements AutoCloseable {

    /** How long to wait for the end mark: a logging collector writes the file a little later than the backend logs. */
    private static final Duration MARK_TIMEOUT = Duration.ofSeconds(10);
    /** Where {@code EmbeddedPostgresServer} has {@code pg_ctl --log} write, relative to the data directory. */
    private static final String EMBEDDED_LOG = "postgres.log";

    private final Connection session;
    private final int sessionPid;
    private final String file;
    private final String markText = "relations round trips " + UUID.randomUUID() + ": mark ";
    private long offset;
    private int marks;

    private StatementLog(Connection session, int sessionPid, String file, long offset) {
        this.session = session;
        this.sessionPid = sessionPid;
        this.file = file;
        this.offset = offset;
    }

    /**
     * Makes every session that connects to {@code database} from now on log all its statements,
     * if this log can then be read back.
     *
     * @return why the statements of {@code database} cannot be counted here, or empty when they can
     */
    static Optional<String> logEveryStatement(DataSource database) {
        try (Connection connection = database.getConnection()) {
            String prefix = single(connection, "select current_setting('log_line_prefix')");
            if (!prefix.contains("%p")) {
                return Optional.of("the server's log_line_prefix '" + prefix + "' does not name the backend (%p)");
            }
            if (file(connection) == null) {
                return Optional.of("the server writes no log file this session can find");
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("alter database " + single(connection, "select quote_ident(current_database())")
                        + " set log_statement = 'all'");
            }
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("the server's log cannot be switched on or read (" + e.getMessage() + ")");
        }
    }

    /** Reads, from its current end, the log of the server {@code database} is on, which {@link #logEveryStatement} found readable. */
    static StatementLog open(DataSource database) {
        Connection session = null;
        try {
            session = database.getConnection();
            StatementLog log = new StatementLog(session, Integer.parseInt(single(session, "select pg_backend_pid()")), file(session), 0);
            log.offset = log.size();
            return log;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(session);
            throw new IllegalStateException("cannot read the server's log", e);
        }
    }

    /** The statements every other session sent while {@code action} ran, in the order PostgreSQL logged them. */
    List<LoggedStatement> during(Runnable action) {
        String start = mark();
        action.run();
        String end = mark();
        List<LoggedStatement> logged = readUntil(end);
        List<LoggedStatement> between = new ArrayList<>();
        boolean inside = false;
        for (LoggedStatement statement : logged) {
            if (statement.pid() == sessionPid) {
                inside = inside || statement.text().contains(start);
                if (statement.text().contains(end)) {
                    return between;
                }
            } else if (inside) {
                between.add(statement);
            }
        }
        throw new IllegalStateException("the marks " + start + " and " + end + " are not both in the log " + file);
    }

    @Override
    public void close() {
        closeQuietly(session);
    }

    private String mark() {
        String text = markText + (++marks) + "'";
        try (Statement statement = session.createStatement()) {
            statement.execute("select '" + text);
            return text;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The statements logged from {@link #offset} up to the last complete line, once that holds {@code end}. */
    private List<LoggedStatement> readUntil(String end) {
        long deadline = System.nanoTime() + MARK_TIMEOUT.toNanos();
        while (true) {
            String text = new String(read(), StandardCharsets.UTF_8);
            int complete = text.lastIndexOf('\n') + 1;
            if (text.substring(0, complete).contains(end)) {
                offset += text.substring(0, complete).getBytes(StandardCharsets.UTF_8).length;
                return ServerLogLines.statements(Arrays.asList(text.substring(0, complete).split("\n")));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the mark " + end + " did not reach the log " + file + " within " + MARK_TIMEOUT);
            }
            sleep(Duration.ofMillis(20));
        }
    }

    private byte[] read() {
        try (PreparedStatement read = session.prepareStatement("select pg_read_binary_file(?, ?, ?)")) {
            read.setString(1, file);
            read.setLong(2, offset);
            read.setLong(3, Math.max(0, size() - offset));
            try (ResultSet bytes = read.executeQuery()) {
                bytes.next();
                return bytes.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the log " + file, e);
        }
    }

    private long size() {
        try (PreparedStatement stat = session.prepareStatement("select size from pg_stat_file(?)")) {
            stat.setString(1, file);
            try (ResultSet size = stat.executeQuery()) {
                size.next();
                return size.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot find the size of the log " + file, e);
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    /** The server's log file, relative to its data directory, or null when it has none this session can read. */
    private static String file(Connection connection) throws SQLException {
        return single(connection, "select coalesce(pg_current_logfile('stderr'),"
                + " case when (pg_stat_file('" + EMBEDDED_LOG + "', true)).size is not null then '" + EMBEDDED_LOG + "' end)");
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing left to release
            }
        }
    }
}
