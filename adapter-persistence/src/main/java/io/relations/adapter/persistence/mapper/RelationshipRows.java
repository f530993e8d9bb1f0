package io.relations.adapter.persistence.mapper;

import io.relations.adapter.persistence.entity.BlockEntity;
import io.relations.adapter.persistence.entity.FollowEntity;
import io.relations.adapter.persistence.entity.TimedRow;
import io.relations.application.model.BlockedUser;
import io.relations.application.model.ListedUser;
import io.relations.application.model.PageCursor;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.Edge;
import io.relations.domain.model.UserId;
import java.util.Optional;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/**
 * The rows whose mapping is only a renaming: from entities to domain and application values. A
 * target property left unmapped fails the build.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface RelationshipRows {

    /** MapStruct's generated implementation, named rather than looked up, so that MapStruct is not needed at run time. */
    RelationshipRows MAPPER = new RelationshipRowsImpl();

    @Mapping(target = "from", source = "followerId")
    @Mapping(target = "to", source = "followedId")
    Edge follow(FollowEntity row);

    @Mapping(target = "from", source = "blockerId")
    @Mapping(target = "to", source = "blockedId")
    Edge block(BlockEntity row);

    /** An entry of the followed user's followers list. */
    @Mapping(target = "user", source = "followerId")
    @Mapping(target = "since", source = "insertedAt")
    ListedUser follower(FollowEntity row);

    /** An entry of the follower's following list. */
    @Mapping(target = "user", source = "followedId")
    @Mapping(target = "since", source = "insertedAt")
    ListedUser followed(FollowEntity row);

    @Mapping(target = "user", source = "blockedId")
    @Mapping(target = "since", source = "insertedAt")
    BlockedUser blocked(BlockEntity row);

    /** Where the next page starts for a list ordered by the rows' inserted_at. */
    @Mapping(target = "at", source = "insertedAt")
    PageCursor cursor(TimedRow row);

    default UserId userId(UUID id) {
        return UserId.of(id);
    }

    /** The column is null when no reason was given. */
    default BlockReason reason(String text) {
        return BlockReason.of(Optional.ofNullable(text));
    }
}
