package io.relations.application.port.in;

import io.relations.application.model.ListedUser;
import io.relations.application.model.Outcome;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.domain.model.UserId;

/** The users the owner follows, newest first. Hidden from a viewer whom the owner blocks. */
public interface ListFollowingUseCase {

    Outcome<Page<ListedUser>> listFollowing(UserId viewer, UserId owner, PageRequest page);
}
