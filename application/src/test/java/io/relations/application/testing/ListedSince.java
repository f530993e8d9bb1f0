package io.relations.application.testing;

import io.relations.application.model.ListedUser;
import io.relations.application.model.Page;
import io.relations.application.model.PageCursor;
import io.relations.application.model.PageRequest;
import io.relations.application.model.RecordedEvent;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** A listed user with the history row that put them in the list: its time and id order the list. */
record ListedSince(UserId user, RecordedEvent since) {

    static ListedSince latest(List<RecordedEvent> history, UserPair pair, UserId owner, String action) {
        RecordedEvent latest = history.stream()
                .filter(recorded -> recorded.event().pair().equals(pair) && recorded.event().action().code().equals(action))
                .reduce((first, second) -> second)
                .orElseThrow();
        return new ListedSince(pair.other(owner), latest);
    }

    static Page<ListedUser> page(List<ListedSince> entries, PageRequest page) {
        return pageOf(entries, entry -> entry.since().occurredAt(), entry -> entry.since().id(),
                entry -> new ListedUser(entry.user(), entry.since().occurredAt()), page);
    }

    /** Keyset pagination, newest first, over rows ordered by (time desc, id desc). */
    static <R, T> Page<T> pageOf(
            List<R> rows, Function<R, java.time.Instant> at, Function<R, UUID> id, Function<R, T> item, PageRequest page) {
        Comparator<R> newestFirst = Comparator.comparing(at).thenComparing(id).reversed();
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

    private static boolean isAfter(java.time.Instant at, UUID id, PageCursor cursor) {
        int byTime = at.compareTo(cursor.at());
        return byTime < 0 || (byTime == 0 && id.compareTo(cursor.id()) < 0);
    }
}
