package io.relations.bootstrap.reliability;

import java.time.Duration;
import java.util.Locale;

/**
 * The one summary line a reliability test prints, in the columns of docs/RELIABILITY.md's table:
 * what ran and how much, how long, and the three counts that must be 0 (answers 5xx other than
 * the 503s a test provokes on purpose, invariant violations, rows changed by refused requests).
 */
record Figures(String test, String volume, Duration duration, long serverErrors, long violations, long rowsChangedByRefusals,
               String details) {

    static final String PREFIX = "[reliability]";
    /** For a test where a refused request may have changed rows by design (a 503 whose commit went through). */
    static final long NOT_MEASURED = -1;

    void print() {
        String refusals = rowsChangedByRefusals == NOT_MEASURED ? "n/a" : Long.toString(rowsChangedByRefusals);
        System.out.println(String.format(Locale.ROOT, "%s %s (%s) | %s | %.1f s | 5xx %d | violations %d | rows changed by refusals %s | %s",
                PREFIX, test, Volumes.name(), volume, duration.toMillis() / 1000.0, serverErrors, violations, refusals, details));
    }
}
