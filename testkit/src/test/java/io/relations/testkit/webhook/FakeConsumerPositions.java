package io.relations.testkit.webhook;

import io.relations.application.change.ChangePosition;
import io.relations.application.change.ConsumerName;
import io.relations.application.port.out.ConsumerClaim;
import io.relations.application.port.out.ConsumerPositions;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Consumer positions in a map; a claim is refused while another is open, as another process's would be. */
final class FakeConsumerPositions implements ConsumerPositions {

    private final Map<ConsumerName, ChangePosition> positions = new LinkedHashMap<>();
    private final Set<ConsumerName> held = new HashSet<>();

    @Override
    public synchronized Optional<ConsumerClaim> tryClaim(ConsumerName consumer, ChangePosition startAt) {
        if (!held.add(consumer)) {
            return Optional.empty();
        }
        positions.putIfAbsent(consumer, startAt);
        return Optional.of(new ConsumerClaim() {
            private boolean open = true;

            @Override
            public ChangePosition position() {
                synchronized (FakeConsumerPositions.this) {
                    return positions.get(consumer);
                }
            }

            @Override
            public void advance(ChangePosition delivered) {
                synchronized (FakeConsumerPositions.this) {
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
                synchronized (FakeConsumerPositions.this) {
                    open = false;
                    held.remove(consumer);
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
