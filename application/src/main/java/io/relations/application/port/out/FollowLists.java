package io.relations.application.port.out;

import io.relations.application.model.ListedUser;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.domain.model.UserId;

/** Followers and followed users of one user, newest first. */
public interface FollowLists {

    Page<ListedUser> followers(UserId user, PageRequest page);

    Page<ListedUser> following(UserId user, PageRequest page);
}
