package io.relations.testkit.memory;

import io.relations.application.model.ListedUser;
import io.relations.application.model.Page;
import io.relations.application.model.PageCursor;
import io.relations.application.model.PageRequest;
import io.relations.application.model.RecordedEvent;
import io.relations.domain.event.RelationshipEvent;
import io.relations.domain.model.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/** A listed user with the history row that put them in the list: its time and id order the list. */
record ListedSince(UserId user, RecordedEvent since) {

    /** Ties on time are broken by id as PostgreSQL orders {@code uuid} values: unsigned. */
    private static final Comparator<UUID> UNSIGNED = Comparator
            .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    /** {@code user} listed since the latest event of the history that {@code madeIt} matches. */
    static ListedSince latest(List<RecordedEvent> history, UserId user, Predicate<RelationshipEvent> madeIt) {
        RecordedEvent latest = history.stream()
                .filter(recorded -> madeIt.test(recorded.event()))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException("no history row explains " + user + " in the list"));
        return new ListedSince(user, latest);
    }

    static Page<ListedUser> page(List<ListedSince> entries, PageRequest page) {
        return pageOf(entries, entry -> entry.since().occurredAt(), entry -> entry.since().id(),
                entry -> new ListedUser(entry.user(), entry.since().occurredAt()), page);
    }

    /** Keyset pagination, newest first, over rows ordered by (time desc, id desc). */
    static <R, T> Page<T> pageOf(List<R> rows, Function<R, Instant> at, Function<R, UUID> id, Function<R, T> item, PageRequest page) {
        Comparator<R> newestFirst = Comparator.comparing(at).thenComparing(id, UNSIGNED).reversed();
        List<R> after = rows.stream()
                .sorted(newestFirst)
                .filter(row -> page.after().map(cursor -> isAfter(at.apply(row), id.apply(row), cursor)).orElse(true))
                .limit(page.limit() + 1L)
                .toList();
        List<R> items = after.subList(0, Math.min(page.limit(), after.size()));
        Optional<PageCursor> next = after.size() > page.limit()
                ? Optional.of(new PageCursor(at.apply(items.get(items.size() - 1)), id.apply(items.get(items.size() - 1))))
                : Optional.empty();
        return new Page<>(items.stream().map(item).toList(), next);
    }

    private static boolean isAfter(Instant at, UUID id, PageCursor cursor) {
        int byTime = at.compareTo(cursor.at());
        return byTime < 0 || (byTime == 0 && UNSIGNED.compare(id, cursor.id()) < 0);
    }
}
