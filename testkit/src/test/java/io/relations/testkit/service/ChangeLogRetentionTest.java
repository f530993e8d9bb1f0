package io.relations.testkit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.application.change.ChangePage;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.ConsumerName;
import io.relations.application.change.LoggedChange;
import io.relations.application.change.PrivacyClass;
import io.relations.application.model.Denial;
import io.relations.application.model.Outcome;
import io.relations.application.port.out.ConsumerClaim;
import io.relations.application.service.ChangeFeedService;
import io.relations.application.service.ChangeLogRetention;
import io.relations.domain.model.UserId;
import io.relations.testkit.memory.InMemoryStorage;
import io.relations.testkit.memory.TickingClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChangeLogRetentionTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(7);

    /** A storage whose n-th registration (from 0) happens at START + n seconds. */
    private final InMemoryStorage storage = new InMemoryStorage(new TickingClock(START));

    @Test
    void retention_removes_the_changes_older_than_the_retention_and_keeps_the_rest() {
        List<LoggedChange> written = registerUsers(5);

        int removed = retentionAt(START.plus(RETENTION).plusMillis(2_500)).removeExpired();

        assertThat(removed).isEqualTo(3);
        assertThat(storage.changeLog().changes()).containsExactlyElementsOf(written.subList(3, 5));
        assertThat(storage.changeLog().removedThrough()).contains(written.get(2).position());
    }

    @Test
    void retention_never_removes_a_change_the_slowest_consumer_has_not_delivered() {
        List<LoggedChange> written = registerUsers(5);
        try (ConsumerClaim slow = storage.consumerPositions().tryClaim(new ConsumerName("kafka"), ChangePosition.START).orElseThrow()) {
            slow.advance(written.get(1).position());
        }
        storage.consumerPositions().reset(new ConsumerName("webhook:fast"), written.get(4).position());

        int removed = retentionAt(START.plus(Duration.ofDays(365))).removeExpired();

        assertThat(removed).isEqualTo(2);
        assertThat(storage.changeLog().changes()).containsExactlyElementsOf(written.subList(2, 5));
    }

    @Test
    void a_feed_reader_after_a_removed_position_is_told_its_position_expired_and_one_after_the_removal_reads_on() {
        List<LoggedChange> written = registerUsers(3);
        retentionAt(START.plus(RETENTION).plusMillis(1_500)).removeExpired();
        ChangeFeedService feed = new ChangeFeedService(storage.changeLog());

        Outcome<ChangePage> expired = feed.readChanges(ChangePosition.START, 10, PrivacyClass.defaults());
        Outcome<ChangePage> readOn = feed.readChanges(written.get(1).position(), 10, PrivacyClass.defaults());

        assertThat(expired).isEqualTo(Outcome.denied(Denial.POSITION_EXPIRED));
        assertThat(readOn.value().orElseThrow().items()).containsExactly(written.get(2));
    }

    @Test
    void one_call_removes_a_bounded_number_and_the_next_call_goes_on() {
        registerUsers(ChangeLogRetention.MAX_PER_CALL + 5);
        ChangeLogRetention retention = retentionAt(START.plus(Duration.ofDays(365)));

        assertThat(List.of(retention.removeExpired(), retention.removeExpired(), retention.removeExpired()))
                .containsExactly(ChangeLogRetention.MAX_PER_CALL, 5, 0);
    }

    @Test
    void a_retention_is_positive() {
        assertThatThrownBy(() -> new ChangeLogRetention(storage.changeLog(), storage.consumerPositions(), Clock.systemUTC(), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private ChangeLogRetention retentionAt(Instant now) {
        return new ChangeLogRetention(storage.changeLog(), storage.consumerPositions(), Clock.fixed(now, ZoneOffset.UTC), RETENTION);
    }

    private List<LoggedChange> registerUsers(int count) {
        for (int i = 0; i < count; i++) {
            storage.users().register(UserId.of(UUID.randomUUID()));
        }
        return storage.changeLog().changes();
    }
}
