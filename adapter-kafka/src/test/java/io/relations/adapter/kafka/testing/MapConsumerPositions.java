package io.relations.adapter.kafka.testing;

import io.relations.application.change.ChangePosition;
import io.relations.application.change.ConsumerName;
import io.relations.application.port.out.ConsumerClaim;
import io.relations.application.port.out.ConsumerPositions;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Consumer positions in a map, claimed by one holder at a time: what the relay needs of the real ones. */
public final class MapConsumerPositions implements ConsumerPositions {

    private final Map<ConsumerName, ChangePosition> positions = new HashMap<>();
    private final Set<ConsumerName> claimed = new HashSet<>();

    @Override
    public synchronized Optional<ConsumerClaim> tryClaim(ConsumerName consumer, ChangePosition startAt) {
        if (!claimed.add(consumer)) {
            return Optional.empty();
        }
        positions.putIfAbsent(consumer, startAt);
        return Optional.of(new ConsumerClaim() {
            private boolean open = true;

            @Override
            public ChangePosition position() {
                synchronized (MapConsumerPositions.this) {
                    return positions.get(consumer);
                }
            }

            @Override
            public void advance(ChangePosition delivered) {
                synchronized (MapConsumerPositions.this) {
                    if (!open) {
                        throw new IllegalStateException("closed");
                    }
                    if (positions.get(consumer).isAfter(delivered)) {
                        throw new IllegalArgumentException("backwards");
                    }
                    positions.put(consumer, delivered);
                }
            }

            @Override
            public void close() {
                synchronized (MapConsumerPositions.this) {
                    open = false;
                    claimed.remove(consumer);
                }
            }
        });
    }

    @Override
    public synchronized void reset(ConsumerName consumer, ChangePosition position) {
        positions.put(consumer, position);
    }

    @Override
    public synchronized void forget(ConsumerName consumer) {
        positions.remove(consumer);
    }

    @Override
    public synchronized Map<ConsumerName, ChangePosition> positions() {
        return Map.copyOf(positions);
    }
}
