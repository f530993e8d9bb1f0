package io.relations.archfixture.clean.adapter.persistence;

import io.relations.archfixture.clean.application.port.out.RelationshipStore;
import io.relations.archfixture.clean.domain.event.UserFollowed;
import io.relations.archfixture.clean.domain.model.PairState;
import io.relations.archfixture.clean.domain.model.UserId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** Built from configuration by the adapter itself: bootstrap never holds a connection. */
public final class JdbcRelationshipStore implements RelationshipStore {

    private final String jdbcUrl;

    private JdbcRelationshipStore(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    public static RelationshipStore connect(String jdbcUrl) {
        return new JdbcRelationshipStore(jdbcUrl);
    }

    @Override
    public PairState load(UserId actor, UserId target) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            return new PairState(actor, target, !connection.isClosed());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void append(PairState state, List<UserFollowed> events) {
        events.forEach(event -> new FollowEntity(UUID.randomUUID(), event.follower().value(), event.followed().value()));
    }
}
