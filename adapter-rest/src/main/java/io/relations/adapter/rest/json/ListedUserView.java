package io.relations.adapter.rest.json;

import java.time.Instant;
import java.util.UUID;

/** One user of a list (followers, following, connections, requests) and since when. */
public record ListedUserView(UUID userId, Instant since) {
}
