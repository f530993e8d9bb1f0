package io.relations.adapter.rest;

import io.relations.application.port.in.AcceptConnectionRequestUseCase;
import io.relations.application.port.in.BlockUseCase;
import io.relations.application.port.in.DisconnectUseCase;
import io.relations.application.port.in.FollowUseCase;
import io.relations.application.port.in.RejectConnectionRequestUseCase;
import io.relations.application.port.in.RemoveFollowerUseCase;
import io.relations.application.port.in.RequestConnectionUseCase;
import io.relations.application.port.in.UnblockUseCase;
import io.relations.application.port.in.UnfollowUseCase;
import java.util.Objects;

/**
 * The inbound ports of the command routes under {@code /me}, one per route and nothing else:
 * every port here is called by a route, and no route calls a port outside it. A missing port fails
 * at wiring, not at the first request.
 */
public record CommandPorts(
        FollowUseCase follow,
        UnfollowUseCase unfollow,
        RemoveFollowerUseCase removeFollower,
        RequestConnectionUseCase requestConnection,
        AcceptConnectionRequestUseCase acceptConnectionRequest,
        RejectConnectionRequestUseCase rejectConnectionRequest,
        DisconnectUseCase disconnect,
        BlockUseCase block,
        UnblockUseCase unblock) {

    public CommandPorts {
        Objects.requireNonNull(follow, "follow");
        Objects.requireNonNull(unfollow, "unfollow");
        Objects.requireNonNull(removeFollower, "removeFollower");
        Objects.requireNonNull(requestConnection, "requestConnection");
        Objects.requireNonNull(acceptConnectionRequest, "acceptConnectionRequest");
        Objects.requireNonNull(rejectConnectionRequest, "rejectConnectionRequest");
        Objects.requireNonNull(disconnect, "disconnect");
        Objects.requireNonNull(block, "block");
        Objects.requireNonNull(unblock, "unblock");
    }

    /** The usual wiring: one service provides every command. */
    public static <C extends FollowUseCase & UnfollowUseCase & RemoveFollowerUseCase & RequestConnectionUseCase
            & AcceptConnectionRequestUseCase & RejectConnectionRequestUseCase & DisconnectUseCase & BlockUseCase
            & UnblockUseCase> CommandPorts of(C commands) {
        return new CommandPorts(commands, commands, commands, commands, commands, commands, commands, commands, commands);
    }
}
