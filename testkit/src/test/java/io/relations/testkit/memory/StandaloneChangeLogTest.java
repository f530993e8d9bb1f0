package io.relations.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.application.change.ChangeEvent;
import io.relations.application.change.ChangeEvents;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.ConsumerName;
import io.relations.application.change.LoggedChange;
import io.relations.application.change.PrivacyClass;
import io.relations.application.port.out.ConsumerClaim;
import io.relations.domain.model.UserId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The log and the positions of their own, as a test of a reader uses them, without a storage. */
class StandaloneChangeLogTest {

    private static final UserId ADMIN = UserId.parse("01900000-0000-7000-8000-0000000000ad");
    private static final ConsumerName CONSUMER = new ConsumerName("kafka");

    private final InMemoryChangeLog log = new InMemoryChangeLog();
    private final InMemoryConsumerPositions positions = new InMemoryConsumerPositions();

    @Test
    void each_append_is_one_transaction_after_every_change_before_it_and_reads_back_in_the_order_given() {
        List<LoggedChange> first = log.append(List.of(switched(false), switched(true)));
        List<LoggedChange> second = log.append(List.of(switched(false)));

        assertThat(first).extracting(LoggedChange::position)
                .containsExactly(new ChangePosition(1, 1), new ChangePosition(1, 2));
        assertThat(second).extracting(LoggedChange::position).containsExactly(new ChangePosition(2, 3));
        assertThat(log.readAfter(ChangePosition.START, 10, EnumSet.allOf(PrivacyClass.class)))
                .containsExactly(first.get(0), first.get(1), second.get(0));
        assertThat(log.latest()).isEqualTo(second.get(0).position());
    }

    @Test
    void an_empty_append_takes_no_position() {
        assertThat(log.append(List.of())).isEmpty();

        assertThat(log.latest()).isEqualTo(ChangePosition.START);
        assertThat(log.append(List.of(switched(true)))).extracting(LoggedChange::position)
                .containsExactly(new ChangePosition(1, 1));
    }

    @Test
    void a_consumer_held_by_one_claim_is_refused_to_another_and_keeps_what_the_claim_advanced_to() {
        LoggedChange change = log.append(List.of(switched(false))).get(0);
        ConsumerClaim claim = positions.tryClaim(CONSUMER, ChangePosition.START).orElseThrow();

        Optional<ConsumerClaim> other = positions.tryClaim(CONSUMER, ChangePosition.START);
        claim.advance(change.position());
        claim.close();

        assertThat(other).isEmpty();
        assertThat(positions.positions()).containsEntry(CONSUMER, change.position());
        assertThat(positions.tryClaim(CONSUMER, ChangePosition.START)).hasValueSatisfying(
                again -> assertThat(again.position()).isEqualTo(change.position()));
    }

    private static ChangeEvent switched(boolean enabled) {
        return ChangeEvents.connectionsSwitched(UUID.randomUUID(), enabled, ADMIN, Instant.parse("2026-12-01T18:00:00Z"));
    }
}
