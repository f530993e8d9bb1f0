package io.relations.application.port.out;

import io.relations.application.model.GuardedRead;
import io.relations.application.model.ListedUser;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.domain.model.UserId;

/**
 * Followers and followed users of one user, newest first, each page read as {@code viewer} asks
 * for it: with the facts about viewer and owner, from the same snapshot as the page.
 */
public interface FollowLists {

    GuardedRead<Page<ListedUser>> followers(UserId viewer, UserId owner, PageRequest page);

    GuardedRead<Page<ListedUser>> following(UserId viewer, UserId owner, PageRequest page);
}
