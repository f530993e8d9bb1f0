package io.relations.adapter.rest.json;

import io.relations.application.model.BlockedUser;
import io.relations.application.model.ListedUser;
import io.relations.application.model.UserStats;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.ConnectionStatus;
import io.relations.domain.model.Relationship;
import io.relations.domain.model.UserId;
import java.util.Locale;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/** The plain application values to their JSON views; the one rule: the "other" user is {@code user_id}. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface ViewMapper {

    @Mapping(target = "userId", source = "other")
    RelationshipView toView(Relationship relationship);

    @Mapping(target = "userId", source = "user")
    ListedUserView toView(ListedUser listed);

    @Mapping(target = "userId", source = "user")
    BlockedUserView toView(BlockedUser blocked);

    @Mapping(target = "userId", source = "owner")
    StatsView toView(UserId owner, UserStats stats);

    default UUID uuid(UserId id) {
        return id.value();
    }

    default String connection(ConnectionStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    default String reason(BlockReason reason) {
        return reason.asOptional().orElse(null);
    }
}
