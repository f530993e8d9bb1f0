package io.relations.application.port.out;

import io.relations.application.change.ChangeBacklog;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.LoggedChange;
import io.relations.application.change.PrivacyClass;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The change log as its readers see it. The storage writes it itself: every transaction that
 * changes something (a command's events, a registration, a deletion and what it removed, a
 * setting) adds its changes in the same transaction, so a change is in the log exactly when what
 * it describes committed, once.
 *
 * <p>The promise every reader relies on: reading after a position never skips a change. A change
 * that commits after a read has a higher position than every change that read returned, however
 * long the transactions that wrote them took. Changes of one subject are in the log in the order
 * their transactions committed.
 */
public interface ChangeLog {

    /** The most changes one {@link #readAfter} may ask for; every log accepts 1 to this many. */
    int MAX_READ = 1_000;

    /**
     * Committed changes after a position, in log order, only those whose type's class is among
     * {@code classes} (the fields are the storage's whole record; what a reader may see of them is
     * {@link io.relations.application.change.ChangeEvent#visibleTo}'s to say). May answer fewer
     * than {@code limit} while more follow only when the rest are not yet safe to read (an older
     * transaction is still in flight).
     *
     * @param after   the last position the reader has; {@link ChangePosition#START} for the beginning
     * @param limit   at most this many, 1 to {@value #MAX_READ}
     * @param classes the classes to read
     * @return the changes, oldest first
     * @throws IllegalArgumentException if {@code limit} is out of range
     */
    List<LoggedChange> readAfter(ChangePosition after, int limit, Set<PrivacyClass> classes);

    /**
     * The position of the newest change that is safe to read now: a reader that starts after it
     * receives everything that commits from then on. {@link ChangePosition#START} for an empty log.
     *
     * @return the position
     */
    ChangePosition latest();

    /**
     * How far behind a consumer at {@code after} is.
     *
     * @param after the consumer's position
     * @param cap   count at most this many, 1 or more
     * @return the backlog
     */
    ChangeBacklog backlogAfter(ChangePosition after, long cap);

    /**
     * Removes changes that happened before {@code olderThan} and lie at or before
     * {@code notAfter} (the slowest consumer's position), at most {@code maxChanges} of them, oldest
     * first. Readers after a removed position are told so ({@link #removedThrough()}).
     *
     * @param olderThan  the retention's cut-off
     * @param notAfter   no change after this position is removed
     * @param maxChanges at most this many in one call, 1 or more
     * @return how many were removed
     */
    int removeOlderThan(Instant olderThan, ChangePosition notAfter, int maxChanges);

    /**
     * The last position retention removed, if it removed any: a reader after an earlier position
     * would miss changes.
     *
     * @return the position, or empty when the log still starts at its beginning
     */
    Optional<ChangePosition> removedThrough();
}
