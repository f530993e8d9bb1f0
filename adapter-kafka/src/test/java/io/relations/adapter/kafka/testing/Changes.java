package io.relations.adapter.kafka.testing;

import io.relations.application.change.ChangeEvent;
import io.relations.application.change.ChangeEvents;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.ChangeSubject;
import io.relations.application.change.ChangeType;
import io.relations.application.change.LoggedChange;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Logged changes for the tests: follows and unfollows among a few users, at rising positions. */
public final class Changes {

    private long sequence;
    private final long transaction;

    /** Changes whose transactions are numbered from just after {@code firstTransaction}. */
    public Changes(long firstTransaction) {
        this.transaction = firstTransaction;
    }

    /** {@code count} changes spread over {@code subjects} pairs, one pair after the other in turn, so each pair has many. */
    public List<LoggedChange> interleaved(int subjects, int count) {
        List<LoggedChange> changes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            changes.add(follow(subjects == 0 ? 0 : i % subjects, i % 2 == 0 ? ChangeType.FOLLOW_CREATED : ChangeType.FOLLOW_REMOVED));
        }
        return changes;
    }

    /** A change of pair number {@code subject}: user {@code 2s+1} follows or unfollows user {@code 2s+2}. */
    public LoggedChange follow(int subject, ChangeType type) {
        sequence++;
        UserId follower = user(2L * subject + 1);
        UserId followed = user(2L * subject + 2);
        ChangeEvent event = new ChangeEvent(UUID.randomUUID(), type, ChangeSubject.of(UserPair.of(follower, followed)), follower,
                Instant.parse("2026-12-01T18:00:00Z").plusMillis(sequence),
                Map.of("follower", follower.toString(), "followed", followed.toString()));
        return new LoggedChange(new ChangePosition(transaction + sequence, sequence), event);
    }

    /** A block of pair number {@code subject} with a reason, which is the blocker's alone ({@code private}). */
    public LoggedChange block(int subject, String reason) {
        sequence++;
        UserId blocker = user(2L * subject + 1);
        UserId blocked = user(2L * subject + 2);
        ChangeEvent event = new ChangeEvent(UUID.randomUUID(), ChangeType.BLOCK_CREATED, ChangeSubject.of(UserPair.of(blocker, blocked)),
                blocker, Instant.parse("2026-12-01T18:00:00Z").plusMillis(sequence),
                Map.of("blocker", blocker.toString(), "blocked", blocked.toString(), "reason", reason));
        return new LoggedChange(new ChangePosition(transaction + sequence, sequence), event);
    }

    /** The module's switch: a change of another kind of subject. */
    public LoggedChange setting(boolean enabled) {
        sequence++;
        ChangeEvent event = ChangeEvents.connectionsSwitched(UUID.randomUUID(), enabled, user(999), Instant.parse("2026-12-01T18:00:00Z"));
        return new LoggedChange(new ChangePosition(transaction + sequence, sequence), event);
    }

    /** The events of some logged changes, in their order: what a test appends to a log that numbers them itself. */
    public static List<ChangeEvent> events(List<LoggedChange> changes) {
        return changes.stream().map(LoggedChange::event).toList();
    }

    /** The user of a number: the same number, the same user. */
    public static UserId user(long number) {
        return UserId.of(new UUID(0x0190a5b4_0000_7000L, 0x8000_0000_0000_0000L | number));
    }
}
