package io.relations.adapter.persistence.transaction;

import io.relations.application.port.out.ValueRejectedException;
import java.sql.SQLException;
import java.util.regex.Pattern;

/**
 * PostgreSQL's data exceptions (SQLSTATE class 22: a time out of range, a malformed value, a
 * string too long) as the application sees them: a {@link ValueRejectedException} naming only the
 * SQLSTATE. Such a failure comes from a value the request carried, so it is the caller's to fix;
 * the server's message is left behind because it may quote that value.
 */
final class DataException {

    private static final String CLASS = "22";
    private static final Pattern SQL_STATE = Pattern.compile("[0-9A-Z]{5}");

    private DataException() {
    }

    /** {@code failure} itself unless it, or one of its causes, is a data exception. */
    static RuntimeException translated(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isDataException(sql.getSQLState())) {
                return new ValueRejectedException("the database refused a value of the request (SQLSTATE " + sql.getSQLState() + ")");
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return failure;
    }

    private static boolean isDataException(String sqlState) {
        return sqlState != null && SQL_STATE.matcher(sqlState).matches() && sqlState.startsWith(CLASS);
    }
}
