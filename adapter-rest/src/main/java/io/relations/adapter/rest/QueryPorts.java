package io.relations.adapter.rest;

import io.relations.application.port.in.HistoryUseCase;
import io.relations.application.port.in.ListBlocksUseCase;
import io.relations.application.port.in.ListConnectionRequestsUseCase;
import io.relations.application.port.in.ListConnectionsUseCase;
import io.relations.application.port.in.ListFollowersUseCase;
import io.relations.application.port.in.ListFollowingUseCase;
import io.relations.application.port.in.LookUpRelationshipsUseCase;
import io.relations.application.port.in.UserStatsUseCase;
import java.util.Objects;

/**
 * The inbound ports of the read routes (the users' and the administrators' reads), one per
 * question and nothing else. A missing port fails at wiring, not at the first request.
 */
public record QueryPorts(
        ListFollowersUseCase listFollowers,
        ListFollowingUseCase listFollowing,
        ListConnectionsUseCase listConnections,
        ListConnectionRequestsUseCase listConnectionRequests,
        ListBlocksUseCase listBlocks,
        LookUpRelationshipsUseCase lookUpRelationships,
        UserStatsUseCase userStats,
        HistoryUseCase history) {

    public QueryPorts {
        Objects.requireNonNull(listFollowers, "listFollowers");
        Objects.requireNonNull(listFollowing, "listFollowing");
        Objects.requireNonNull(listConnections, "listConnections");
        Objects.requireNonNull(listConnectionRequests, "listConnectionRequests");
        Objects.requireNonNull(listBlocks, "listBlocks");
        Objects.requireNonNull(lookUpRelationships, "lookUpRelationships");
        Objects.requireNonNull(userStats, "userStats");
        Objects.requireNonNull(history, "history");
    }

    /** The usual wiring: one service answers every question. */
    public static <Q extends ListFollowersUseCase & ListFollowingUseCase & ListConnectionsUseCase
            & ListConnectionRequestsUseCase & ListBlocksUseCase & LookUpRelationshipsUseCase & UserStatsUseCase
            & HistoryUseCase> QueryPorts of(Q queries) {
        return new QueryPorts(queries, queries, queries, queries, queries, queries, queries, queries);
    }
}
