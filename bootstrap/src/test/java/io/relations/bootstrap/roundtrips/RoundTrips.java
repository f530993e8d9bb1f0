package io.relations.bootstrap.roundtrips;

import java.util.List;

/**
 * The statements one request sent to PostgreSQL, as its log shows them: every one is a round trip
 * of the service's connection, {@code BEGIN} and {@code COMMIT} included. {@link #listing()} is
 * the failure message of a budget: each statement on one line, so the next engineer sees what to
 * cut.
 */
record RoundTrips(String route, List<LoggedStatement> statements) {

    RoundTrips {
        statements = List.copyOf(statements);
    }

    /** Every statement, BEGIN and COMMIT and connection checks included. */
    int all() {
        return statements.size();
    }

    int besidesBeginAndCommit() {
        return (int) statements.stream().filter(statement -> !statement.isTransactionControl()).count();
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
        StringBuilder listing = new StringBuilder(String.format("%s sent %d statements to PostgreSQL (%d besides BEGIN/COMMIT):",
                route, all(), besidesBeginAndCommit()));
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
