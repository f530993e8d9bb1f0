package io.relations.adapter.persistence.mapper;

import static io.relations.adapter.persistence.mapper.RelationshipRows.MAPPER;

import io.relations.adapter.persistence.entity.BlockEntity;
import io.relations.adapter.persistence.entity.ConnectionEntity;
import io.relations.adapter.persistence.entity.FollowEntity;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.Connection;
import io.relations.domain.model.Edge;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserPair;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The current rows of one pair, put together into the state the kernel decides on. */
public final class PairStates {

    private PairStates() {
    }

    /** @throws IllegalStateException if the pair has two connection rows, which the pair index forbids */
    public static PairState of(UserPair pair, List<FollowEntity> follows, List<ConnectionEntity> connections, List<BlockEntity> blocks) {
        if (connections.size() > 1) {
            throw new IllegalStateException(pair + " has " + connections.size() + " connection rows");
        }
        Connection connection = connections.isEmpty() ? Connection.none() : ConnectionRows.connection(connections.get(0));
        Map<Edge, BlockReason> blockReasons = new HashMap<>();
        blocks.forEach(block -> blockReasons.put(MAPPER.block(block), MAPPER.reason(block.getReason())));
        return new PairState(pair, follows.stream().map(MAPPER::follow).collect(Collectors.toSet()), connection, blockReasons);
    }
}
