package io.relations.bootstrap.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.relations.adapter.rest.HttpReply;
import io.relations.domain.model.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading the lists the API answers: {@code {"items": [...], "next_cursor": ...}}. */
public final class Pages {

    private Pages() {
    }

    /** The user_id of each item, in the page's order. */
    public static List<UserId> userIds(HttpReply page) {
        List<UserId> ids = new ArrayList<>();
        page.json().path("items").forEach(item -> ids.add(UserId.parse(item.path("user_id").asText())));
        return ids;
    }

    public static Optional<String> nextCursor(HttpReply page) {
        JsonNode cursor = page.json().path("next_cursor");
        return cursor.isTextual() ? Optional.of(cursor.asText()) : Optional.empty();
    }

    /** The {@code field} of each item, in the page's order, e.g. the actions of a history page. */
    public static List<String> field(HttpReply page, String field) {
        List<String> values = new ArrayList<>();
        page.json().path("items").forEach(item -> values.add(item.path(field).asText()));
        return values;
    }
}
