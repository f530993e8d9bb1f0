package io.relations.adapter.rest.http;

import io.relations.adapter.rest.problem.ProblemException;
import io.relations.application.model.PageRequest;
import io.relations.application.model.RelationshipLookup;
import io.relations.application.model.RequestDirection;
import io.relations.domain.event.HistoryKind;
import io.relations.domain.model.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads path and query values into application values; anything malformed is an invalid_request. */
public final class Params {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern LIMIT_TEXT = Pattern.compile("[0-9]{1,3}");

    private Params() {
    }

    /** A UUID in its canonical 8-4-4-4-12 hex form, the only form the API reads. */
    public static boolean isUuid(String text) {
        return text != null && UUID_TEXT.matcher(text).matches();
    }

    public static UserId userId(String text, String name) {
        if (!isUuid(text)) {
            throw ProblemException.invalidRequest("The " + name + " " + Texts.quoted(String.valueOf(text)) + " is not a UUID.");
        }
        return UserId.parse(text);
    }

    /** {@code limit} and {@code cursor}; the cursor must be one {@code cursors} made for the list of {@code scope}. */
    public static PageRequest page(Query query, CursorCodec cursors, CursorScope scope) {
        int limit = query.get("limit").map(Params::limit).orElse(PageRequest.DEFAULT_LIMIT);
        return query.get("cursor")
                .map(cursor -> PageRequest.after(cursors.decode(scope, cursor), limit))
                .orElse(PageRequest.first(limit));
    }

    public static RequestDirection direction(Query query) {
        String text = query.required("direction");
        return oneOf(text, RequestDirection.values())
                .orElseThrow(() -> ProblemException.invalidRequest("The direction must be incoming or outgoing."));
    }

    public static HistoryKind kind(Query query) {
        String text = query.required("kind");
        return oneOf(text, HistoryKind.values())
                .orElseThrow(() -> ProblemException.invalidRequest("The kind must be follows, connections or blocks."));
    }

    /** {@code ids=a,b,c}: 1 to 100 user ids, comma-separated. */
    public static RelationshipLookup ids(Query query) {
        String text = query.required("ids");
        String[] parts = text.split(",", -1);
        if (parts.length > RelationshipLookup.MAX_IDS) {
            throw ProblemException.invalidRequest("At most " + RelationshipLookup.MAX_IDS + " ids, got " + parts.length + ".");
        }
        List<UserId> ids = new ArrayList<>(parts.length);
        for (String part : parts) {
            ids.add(userId(part.strip(), "id"));
        }
        return new RelationshipLookup(ids);
    }

    private static int limit(String text) {
        int limit = LIMIT_TEXT.matcher(text).matches() ? Integer.parseInt(text) : -1;
        if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
            throw ProblemException.invalidRequest("The limit must be a whole number from 1 to " + PageRequest.MAX_LIMIT + ".");
        }
        return limit;
    }

    private static <E extends Enum<E>> Optional<E> oneOf(String text, E[] values) {
        for (E value : values) {
            if (value.name().toLowerCase(Locale.ROOT).equals(text)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
