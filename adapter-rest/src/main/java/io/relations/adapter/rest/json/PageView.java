package io.relations.adapter.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One page of a list; {@code next_cursor} is null on the last page. */
public record PageView<T>(List<T> items, @JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor) {
}
