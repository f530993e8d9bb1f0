package io.relations.adapter.persistence.webhook;

import io.relations.application.model.Page;
import io.relations.application.model.PageCursor;
import io.relations.application.model.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A page from {@code limit + 1} rows read newest first: the extra row says whether another page follows. */
final class Pages {

    private Pages() {
    }

    static <T> Page<T> of(List<T> rows, PageRequest request, Function<T, PageCursor> cursor) {
        if (rows.size() <= request.limit()) {
            return Page.last(rows);
        }
        List<T> shown = rows.subList(0, request.limit());
        return new Page<>(shown, Optional.of(cursor.apply(shown.get(shown.size() - 1))));
    }
}
