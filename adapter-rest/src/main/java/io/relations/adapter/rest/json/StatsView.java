package io.relations.adapter.rest.json;

import java.util.UUID;

/** A user's follower, following and connection counts. */
public record StatsView(UUID userId, long followers, long following, long connections) {
}
