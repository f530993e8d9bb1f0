package io.relations.application.service;

import io.relations.application.change.ChangePosition;
import io.relations.application.change.ConsumerName;
import io.relations.application.change.LoggedChange;
import io.relations.application.change.PrivacyClass;
import io.relations.application.port.out.ChangeLog;
import io.relations.application.port.out.ChangePublisher;
import io.relations.application.port.out.ConsumerClaim;
import io.relations.application.port.out.ConsumerPositions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Carries the change log to a {@link ChangePublisher} (the Kafka topic): at least once, in log
 * order, each change as the destination's privacy classes let it see it. One round claims the
 * consumer (no other process relays it meanwhile), reads after its kept position, publishes what
 * the classes let through, and keeps the position of the last change read only after the
 * publisher confirmed the batch, so a crash at any point sends a batch again rather than lose one.
 */
public final class ChangeRelay {

    private final ChangeLog log;
    private final ConsumerPositions positions;
    private final ChangePublisher publisher;
    private final ConsumerName consumer;
    private final Set<PrivacyClass> classes;
    private final int batchSize;

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
     * One round: claim, read, publish, keep the position.
     *
     * @return how many changes the round read (0 when there were none, or another process holds
     *         the consumer); a full batch means more may wait
     * @throws io.relations.application.port.out.PublishFailedException if the destination refused
     *         the batch; the position stays where it was
     */
    public int relayOnce() {
        Optional<ConsumerClaim> claimed = positions.tryClaim(consumer, ChangePosition.START);
        if (claimed.isEmpty()) {
            return 0;
        }
        try (ConsumerClaim claim = claimed.get()) {
            List<LoggedChange> read = log.readAfter(claim.position(), batchSize, classes);
            if (read.isEmpty()) {
                return 0;
            }
            List<LoggedChange> visible = new ArrayList<>(read.size());
            for (LoggedChange change : read) {
                change.event().visibleTo(classes).ifPresent(event -> visible.add(new LoggedChange(change.position(), event)));
            }
            if (!visible.isEmpty()) {
                publisher.publish(visible);
            }
            claim.advance(read.get(read.size() - 1).position());
            return read.size();
        }
    }

    /** {@return the consumer whose position this relay keeps} */
    public ConsumerName consumer() {
        return consumer;
    }
}
