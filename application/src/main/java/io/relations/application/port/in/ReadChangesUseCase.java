package io.relations.application.port.in;

import io.relations.application.change.ChangePage;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.PrivacyClass;
import io.relations.application.model.Outcome;
import java.util.Set;

/**
 * Reads the change feed: the committed changes after a position, in the log's one order, each as
 * a reader of the given privacy classes may see it. Never skips a change, however the writers'
 * transactions interleave; a reader that reads on from each page's {@code next} sees every
 * change of its classes exactly once.
 */
public interface ReadChangesUseCase {

    /**
     * A page of the feed.
     *
     * @param after   the last position the reader has; {@link ChangePosition#START} for the beginning
     * @param limit   at most this many changes, 1 to 1,000
     * @param classes what the reader may see
     * @return the page; denied {@code POSITION_EXPIRED} when retention has removed changes after
     *         {@code after}
     * @throws IllegalArgumentException if {@code limit} is out of range or {@code classes} is empty
     */
    Outcome<ChangePage> readChanges(ChangePosition after, int limit, Set<PrivacyClass> classes);

    /** {@return where a reader that wants only what happens from now on starts} */
    ChangePosition latestPosition();
}
