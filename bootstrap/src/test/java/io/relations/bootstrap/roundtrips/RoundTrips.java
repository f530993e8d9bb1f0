package io.relations.bootstrap.roundtrips;

import java.util.List;

/**
 * The statements one request sent to PostgreSQL, as its log shows them: every one is a round trip
 * of the service's connection, {@code BEGIN} and {@code COMMIT} included. The pool's connection
 * checks are counted apart ({@link #connectionChecks()}): their budget is none, and they belong to
 * a connection rather than to a route (HikariCP's background keepalive checks an idle connection
 * whenever its period is up, which may fall between a request's marks). {@link #listing()} is the
 * failure message of a budget: each statement on one line, so the next engineer sees what to cut.
 */
record RoundTrips(String route, List<LoggedStatement> statements) {

    RoundTrips {
        statements = List.copyOf(statements);
    }

    /** Every statement but the connection checks, BEGIN and COMMIT included. */
    int all() {
        return (int) statements.stream().filter(statement -> !statement.isConnectionCheck()).count();
    }

    /** Every statement but BEGIN, COMMIT and the connection checks. */
    int besidesBeginAndCommit() {
        return (int) statements.stream()
                .filter(statement -> !statement.isTransactionControl() && !statement.isConnectionCheck())
                .count();
    }

    List<LoggedStatement> connectionChecks() {
        return statements.stream().filter(LoggedStatement::isConnectionCheck).toList();
    }

    /** The statements of the work itself that were not run as named prepared statements. */
    List<LoggedStatement> unprepared() {
        return statements.stream()
                .filter(statement -> !statement.isTransactionControl() && !statement.isConnectionCheck())
                .filter(statement -> !statement.isNamedPrepared())
                .toList();
    }

    String listing() {
        StringBuilder listing = new StringBuilder(String.format(
                "%s sent %d statements to PostgreSQL (%d besides BEGIN/COMMIT) and %d connection checks:",
                route, all(), besidesBeginAndCommit(), connectionChecks().size()));
        for (int i = 0; i < statements.size(); i++) {
            listing.append(String.format("%n  %2d. %s", i + 1, statements.get(i).shown()));
        }
        return listing.toString();
    }

    /** One row of the table in docs/PERSISTENCE.md. */
    String row() {
        return String.format("| %s | %d | %d | %d |", route, all(), besidesBeginAndCommit(), connectionChecks().size());
    }
}
