package io.relations.adapter.rest;

import io.relations.application.port.in.AcceptConnectionRequestUseCase;
import io.relations.application.port.in.BlockUseCase;
import io.relations.application.port.in.CancelConnectionRequestUseCase;
import io.relations.application.port.in.DeleteUserUseCase;
import io.relations.application.port.in.FollowUseCase;
import io.relations.application.port.in.HistoryUseCase;
import io.relations.application.port.in.ListBlocksUseCase;
import io.relations.application.port.in.ListConnectionRequestsUseCase;
import io.relations.application.port.in.ListConnectionsUseCase;
import io.relations.application.port.in.ListFollowersUseCase;
import io.relations.application.port.in.ListFollowingUseCase;
import io.relations.application.port.in.LookUpRelationshipsUseCase;
import io.relations.application.port.in.ModuleSwitchUseCase;
import io.relations.application.port.in.RegisterCallerUseCase;
import io.relations.application.port.in.RegisterUserUseCase;
import io.relations.application.port.in.RejectConnectionRequestUseCase;
import io.relations.application.port.in.RemoveConnectionUseCase;
import io.relations.application.port.in.RemoveFollowerUseCase;
import io.relations.application.port.in.RequestConnectionUseCase;
import io.relations.application.port.in.UnblockUseCase;
import io.relations.application.port.in.UnfollowUseCase;
import io.relations.application.port.in.UserStatsUseCase;
import java.util.Objects;
import java.util.stream.Stream;

/** Every inbound port the HTTP API calls; each route calls exactly one of them (and the authentication filter registerCaller). */
public record UseCases(
        FollowUseCase follow,
        UnfollowUseCase unfollow,
        RemoveFollowerUseCase removeFollower,
        RequestConnectionUseCase requestConnection,
        AcceptConnectionRequestUseCase acceptConnectionRequest,
        RejectConnectionRequestUseCase rejectConnectionRequest,
        CancelConnectionRequestUseCase cancelConnectionRequest,
        RemoveConnectionUseCase removeConnection,
        BlockUseCase block,
        UnblockUseCase unblock,
        ListFollowersUseCase listFollowers,
        ListFollowingUseCase listFollowing,
        ListConnectionsUseCase listConnections,
        ListConnectionRequestsUseCase listConnectionRequests,
        ListBlocksUseCase listBlocks,
        LookUpRelationshipsUseCase lookUpRelationships,
        UserStatsUseCase userStats,
        HistoryUseCase history,
        RegisterUserUseCase registerUser,
        RegisterCallerUseCase registerCaller,
        DeleteUserUseCase deleteUser,
        ModuleSwitchUseCase moduleSwitch) {

    public UseCases {
        Stream.of(follow, unfollow, removeFollower, requestConnection, acceptConnectionRequest, rejectConnectionRequest,
                        cancelConnectionRequest, removeConnection, block, unblock, listFollowers, listFollowing,
                        listConnections, listConnectionRequests, listBlocks, lookUpRelationships, userStats, history,
                        registerUser, registerCaller, deleteUser, moduleSwitch)
                .forEach(port -> Objects.requireNonNull(port, "every use case must be given"));
    }

    /** The usual wiring: one service for the commands, one for the queries, one for administration. */
    public static <C extends FollowUseCase & UnfollowUseCase & RemoveFollowerUseCase & RequestConnectionUseCase
                    & AcceptConnectionRequestUseCase & RejectConnectionRequestUseCase & CancelConnectionRequestUseCase
                    & RemoveConnectionUseCase & BlockUseCase & UnblockUseCase,
            Q extends ListFollowersUseCase & ListFollowingUseCase & ListConnectionsUseCase & ListConnectionRequestsUseCase
                    & ListBlocksUseCase & LookUpRelationshipsUseCase & UserStatsUseCase & HistoryUseCase,
            A extends RegisterUserUseCase & RegisterCallerUseCase & DeleteUserUseCase & ModuleSwitchUseCase>
            UseCases of(C commands, Q queries, A administration) {
        return new UseCases(commands, commands, commands, commands, commands, commands, commands, commands, commands, commands,
                queries, queries, queries, queries, queries, queries, queries, queries,
                administration, administration, administration, administration);
    }
}
