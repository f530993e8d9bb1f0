package io.relations.testkit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.application.change.ChangeBacklog;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.ConsumerName;
import io.relations.application.change.LoggedChange;
import io.relations.application.change.PrivacyClass;
import io.relations.application.port.out.ChangeLog;
import io.relations.application.port.out.ConsumerClaim;
import io.relations.application.port.out.ConsumerPositions;
import io.relations.application.port.out.PublishFailedException;
import io.relations.application.service.ChangeRelay;
import io.relations.domain.model.UserId;
import io.relations.testkit.memory.InMemoryStorage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ChangeRelayTest {

    private static final ConsumerName CONSUMER = new ConsumerName("kafka:relations.changes");
    private static final int BATCH = 10;
    private static final int IDLE_ROUNDS = 50;

    private final InMemoryStorage storage = new InMemoryStorage();
    private final CountedPositions positions = new CountedPositions(storage.consumerPositions());
    private final CountedLog log = new CountedLog(storage.changeLog());
    private final List<List<LoggedChange>> published = new ArrayList<>();
    private final AtomicBoolean refuse = new AtomicBoolean();
    private final ChangeRelay relay = new ChangeRelay(log, positions, changes -> {
        if (refuse.get()) {
            throw new PublishFailedException("the broker is away", null);
        }
        published.add(List.copyOf(changes));
    }, CONSUMER, PrivacyClass.defaults(), BATCH);

    @Test
    void idle_rounds_hold_the_one_claim_and_cost_one_read_of_the_log_each() {
        // given a relay that has carried what there was
        registerUsers(3);
        assertThat(relay.relayOnce()).isEqualTo(3);

        // when it runs idle rounds
        for (int i = 0; i < IDLE_ROUNDS; i++) {
            assertThat(relay.relayOnce()).isZero();
        }

        // then it claimed once, and every round read the log once and nothing else
        assertThat(positions.claims.get()).isEqualTo(1);
        assertThat(log.reads.get()).isEqualTo(1 + IDLE_ROUNDS);
        assertThat(published).hasSize(1);
    }

    @Test
    void while_the_claim_is_held_no_other_process_can_claim_the_consumer_and_closing_gives_it_up_with_the_position_kept() {
        List<LoggedChange> written = registerUsers(2);
        relay.relayOnce();

        assertThat(storage.consumerPositions().tryClaim(CONSUMER, ChangePosition.START)).as("a claim of another process").isEmpty();
        relay.close();

        try (ConsumerClaim other = storage.consumerPositions().tryClaim(CONSUMER, ChangePosition.START).orElseThrow()) {
            assertThat(other.position()).isEqualTo(written.get(1).position());
        }
    }

    @Test
    void a_refused_batch_gives_the_claim_up_keeps_the_position_and_the_next_round_claims_again_and_sends_it_again() {
        // given changes, and a topic that refuses the first attempt
        List<LoggedChange> written = registerUsers(2);
        refuse.set(true);

        // when a round fails, and the next succeeds
        assertThatThrownBy(relay::relayOnce).isInstanceOf(PublishFailedException.class);
        boolean claimableMeanwhile = claimableByAnother();
        refuse.set(false);
        int read = relay.relayOnce();

        // then the claim was given up in between, claimed again, and the same changes went out
        assertThat(claimableMeanwhile).isTrue();
        assertThat(positions.claims.get()).isEqualTo(2);
        assertThat(read).isEqualTo(2);
        assertThat(published).containsExactly(written);
        assertThat(storage.consumerPositions().positions()).containsEntry(CONSUMER, written.get(1).position());
    }

    @Test
    void while_another_process_holds_the_consumer_a_round_relays_nothing_and_a_later_round_claims_it_once_free() {
        List<LoggedChange> written = registerUsers(2);
        ConsumerClaim elsewhere = storage.consumerPositions().tryClaim(CONSUMER, ChangePosition.START).orElseThrow();

        assertThat(relay.relayOnce()).isZero();
        assertThat(relay.relayOnce()).isZero();
        assertThat(log.reads.get()).as("reads while another holds it").isZero();
        elsewhere.close();

        assertThat(relay.relayOnce()).isEqualTo(2);
        assertThat(published).containsExactly(written);
    }

    private boolean claimableByAnother() {
        Optional<ConsumerClaim> claim = storage.consumerPositions().tryClaim(CONSUMER, ChangePosition.START);
        claim.ifPresent(ConsumerClaim::close);
        return claim.isPresent();
    }

    private List<LoggedChange> registerUsers(int count) {
        for (int i = 0; i < count; i++) {
            storage.users().register(UserId.of(UUID.randomUUID()));
        }
        return storage.changeLog().changes();
    }

    /** The storage's positions, counting the claims asked for. */
    private record CountedPositions(ConsumerPositions delegate, AtomicInteger claims) implements ConsumerPositions {

        CountedPositions(ConsumerPositions delegate) {
            this(delegate, new AtomicInteger());
        }

        @Override
        public Optional<ConsumerClaim> tryClaim(ConsumerName consumer, ChangePosition startAt) {
            claims.incrementAndGet();
            return delegate.tryClaim(consumer, startAt);
        }

        @Override
        public void reset(ConsumerName consumer, ChangePosition position) {
            delegate.reset(consumer, position);
        }

        @Override
        public void forget(ConsumerName consumer) {
            delegate.forget(consumer);
        }

        @Override
        public Map<ConsumerName, ChangePosition> positions() {
            return delegate.positions();
        }
    }

    /** The storage's log, counting the reads. */
    private record CountedLog(ChangeLog log, AtomicInteger reads) implements ChangeLog {

        CountedLog(ChangeLog log) {
            this(log, new AtomicInteger());
        }

        @Override
        public List<LoggedChange> readAfter(ChangePosition after, int limit, Set<PrivacyClass> classes) {
            reads.incrementAndGet();
            return log.readAfter(after, limit, classes);
        }

        @Override
        public ChangePosition latest() {
            return log.latest();
        }

        @Override
        public ChangeBacklog backlogAfter(ChangePosition after, long cap) {
            return log.backlogAfter(after, cap);
        }

        @Override
        public int removeOlderThan(Instant olderThan, ChangePosition notAfter, int maxChanges) {
            return log.removeOlderThan(olderThan, notAfter, maxChanges);
        }

        @Override
        public Optional<ChangePosition> removedThrough() {
            return log.removedThrough();
        }
    }
}
