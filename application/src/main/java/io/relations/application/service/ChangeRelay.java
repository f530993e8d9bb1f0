package io.relations.application.service;

import io.relations.application.change.ChangePage;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.ConsumerName;
import io.relations.application.change.LoggedChange;
import io.relations.application.change.PrivacyClass;
import io.relations.application.port.out.ChangeLog;
import io.relations.application.port.out.ChangePublisher;
import io.relations.application.port.out.ConsumerClaim;
import io.relations.application.port.out.ConsumerPositions;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Carries the change log to a {@link ChangePublisher} (the Kafka topic): at least once, in log
 * order, each change as the destination's privacy classes let it see it. The relay claims its
 * consumer once (no other process relays it meanwhile) and holds the claim across rounds, so an
 * idle round costs one read of the log; a round reads after the kept position, publishes what the
 * classes let through, and keeps the position of the last change read only after the publisher
 * confirmed the batch, so a crash at any point sends a batch again rather than lose one. A failed
 * round gives the claim up (its connection may be gone with the database); the next round claims
 * again. {@link #close()} gives it up for good.
 *
 * <p>Not for more than one thread at a time; several processes may each run one.
 */
public final class ChangeRelay implements AutoCloseable {

    private final ChangeLog log;
    private final ConsumerPositions positions;
    private final ChangePublisher publisher;
    private final ConsumerName consumer;
    private final Set<PrivacyClass> classes;
    private final int batchSize;
    private Optional<ConsumerClaim> claim = Optional.empty();

    /**
     * A relay.
     *
     * @param log       the change log
     * @param positions where the consumer's position is kept
     * @param publisher the destination
     * @param consumer  the name the position is kept under
     * @param classes   what the destination may see, at least one class
     * @param batchSize how many changes one round reads, 1 to {@value ChangeFeedService#MAX_LIMIT}
     * @throws NullPointerException     if any is null
     * @throws IllegalArgumentException if {@code classes} is empty or {@code batchSize} out of range
     */
    public ChangeRelay(ChangeLog log, ConsumerPositions positions, ChangePublisher publisher, ConsumerName consumer,
                       Set<PrivacyClass> classes, int batchSize) {
        this.log = Objects.requireNonNull(log, "log");
        this.positions = Objects.requireNonNull(positions, "positions");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("a relay sends at least one privacy class");
        }
        this.classes = EnumSet.copyOf(classes);
        if (batchSize < 1 || batchSize > ChangeFeedService.MAX_LIMIT) {
            throw new IllegalArgumentException("a relay's batch is 1 to " + ChangeFeedService.MAX_LIMIT + " changes");
        }
        this.batchSize = batchSize;
    }

    /**
     * One round: claim unless held, read, publish, keep the position.
     *
     * @return how many changes the round read (0 when there were none, or another process holds
     *         the consumer); a full batch means more may wait
     * @throws io.relations.application.port.out.PublishFailedException if the destination refused
     *         the batch; the position stays where it was, and the claim is given up
     */
    public int relayOnce() {
        if (claim.isEmpty()) {
            claim = positions.tryClaim(consumer, ChangePosition.START);
            if (claim.isEmpty()) {
                return 0;
            }
        }
        ConsumerClaim held = claim.get();
        try {
            List<LoggedChange> read = log.readAfter(held.position(), batchSize, classes);
            if (read.isEmpty()) {
                return 0;
            }
            ChangePage page = ChangePage.visibleOf(held.position(), read, event -> event.visibleTo(classes));
            if (!page.items().isEmpty()) {
                publisher.publish(page.items());
            }
            held.advance(page.next());
            return read.size();
        } catch (RuntimeException failed) {
            try {
                close();
            } catch (RuntimeException releaseFailed) {
                failed.addSuppressed(releaseFailed);
            }
            throw failed;
        }
    }

    /** {@return the consumer whose position this relay keeps} */
    public ConsumerName consumer() {
        return consumer;
    }

    /** Gives the claim up, if held, so that another process may relay; a later round claims again. */
    @Override
    public void close() {
        Optional<ConsumerClaim> held = claim;
        claim = Optional.empty();
        held.ifPresent(ConsumerClaim::close);
    }
}
