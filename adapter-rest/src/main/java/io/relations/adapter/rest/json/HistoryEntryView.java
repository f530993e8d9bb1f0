package io.relations.adapter.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One row of the caller's history, flat: the fields of its kind are set, the others left out.
 * Follows name follower and followed; connections name the pair ({@code user_ids}, lower id
 * first) and, where the event knows them, requester and addressee; blocks name blocker, blocked
 * and the reason if one was given.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryEntryView(
        UUID id,
        String kind,
        String action,
        UUID actorId,
        UUID followerId,
        UUID followedId,
        List<UUID> userIds,
        UUID requesterId,
        UUID addresseeId,
        UUID blockerId,
        UUID blockedId,
        String reason,
        Instant occurredAt) {
}
