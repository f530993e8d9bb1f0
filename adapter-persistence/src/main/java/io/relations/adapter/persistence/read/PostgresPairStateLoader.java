package io.relations.adapter.persistence.read;

import io.relations.adapter.persistence.entity.BlockEntity;
import io.relations.adapter.persistence.entity.ConnectionEntity;
import io.relations.adapter.persistence.entity.FollowEntity;
import io.relations.adapter.persistence.mapper.PairStates;
import io.relations.adapter.persistence.transaction.Transactions;
import io.relations.application.port.out.PairStateLoader;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A pair's state in three queries (follows, connection, blocks); many pairs of one user in three as well. */
public final class PostgresPairStateLoader implements PairStateLoader {

    private final Transactions transactions;

    public PostgresPairStateLoader(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public PairState load(UserPair pair) {
        return transactions.inTransaction(entityManager -> PairStates.of(pair,
                CurrentRows.followsOf(entityManager, pair),
                CurrentRows.connectionOf(entityManager, pair).stream().toList(),
                CurrentRows.blocksOf(entityManager, pair)));
    }

    @Override
    public Map<UserId, PairState> loadAll(UserId user, Set<UserId> others) {
        if (others.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = others.stream().map(UserId::value).toList();
        return transactions.inTransaction(entityManager -> {
            Map<UserId, List<FollowEntity>> follows = byOtherUser(
                    CurrentRows.followsWithAny(entityManager, user, ids), f -> other(user, f.getFollowerId(), f.getFollowedId()));
            Map<UserId, List<ConnectionEntity>> connections = byOtherUser(
                    CurrentRows.connectionsWithAny(entityManager, user, ids), c -> UserId.of(c.otherThan(user.value())));
            Map<UserId, List<BlockEntity>> blocks = byOtherUser(
                    CurrentRows.blocksWithAny(entityManager, user, ids), b -> other(user, b.getBlockerId(), b.getBlockedId()));
            Map<UserId, PairState> states = new HashMap<>();
            for (UserId other : others) {
                states.put(other, PairStates.of(UserPair.of(user, other),
                        follows.getOrDefault(other, List.of()),
                        connections.getOrDefault(other, List.of()),
                        blocks.getOrDefault(other, List.of())));
            }
            return states;
        });
    }

    private static <E> Map<UserId, List<E>> byOtherUser(List<E> rows, Function<E, UserId> otherUser) {
        return rows.stream().collect(Collectors.groupingBy(otherUser));
    }

    private static UserId other(UserId user, UUID one, UUID another) {
        return UserId.of(user.value().equals(one) ? another : one);
    }
}
