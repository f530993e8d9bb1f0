package io.relations.bootstrap.roundtrips;

import java.util.Locale;
import java.util.Set;

/**
 * One statement as PostgreSQL logged it under {@code log_statement = 'all'}: the backend that ran
 * it, the prepared statement it ran as, and its text. A statement sent over the simple protocol
 * has no prepared statement ({@code ""}); over the extended protocol pgjdbc names it
 * {@code <unnamed>} until it has run {@code prepareThreshold} times on that connection, then
 * {@code S_n}.
 *
 * @param pid the backend process, from the {@code [%p]} of the log line prefix
 * @param prepared {@code ""}, {@code "<unnamed>"} or a server-prepared statement's name
 * @param text the statement as sent, with {@code $n} for its parameters
 */
record LoggedStatement(int pid, String prepared, String text) {

    static final String UNNAMED = "<unnamed>";
    /** Longer statements are cut in failure messages: the start says which statement it is. */
    static final int SHOWN_LENGTH = 180;

    private static final Set<String> TRANSACTION_CONTROL = Set.of("BEGIN", "COMMIT", "ROLLBACK", "END", "START");

    /** BEGIN, COMMIT, ROLLBACK and their spellings: the statements a budget "besides BEGIN/COMMIT" leaves out. */
    boolean isTransactionControl() {
        String first = text.strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
        return TRANSACTION_CONTROL.contains(first);
    }

    /** pgjdbc's {@code Connection.isValid}, which HikariCP calls to check a connection, sends an empty query. */
    boolean isConnectionCheck() {
        return text.isBlank();
    }

    /** Ran as a server-side prepared statement: parsed and planned once per connection, not on every execution. */
    boolean isNamedPrepared() {
        return !prepared.isEmpty() && !prepared.equals(UNNAMED);
    }

    /** The statement on one line, cut to {@link #SHOWN_LENGTH}, prefixed with how it ran. */
    String shown() {
        String oneLine = isConnectionCheck() ? "(empty query: a connection check)" : text.strip().replaceAll("\\s+", " ");
        String cut = oneLine.length() <= SHOWN_LENGTH ? oneLine : oneLine.substring(0, SHOWN_LENGTH) + "…";
        return "[" + (prepared.isEmpty() ? "simple" : prepared) + "] " + cut;
    }
}
