package io.relations.application.port.out;

import io.relations.application.model.GuardedRead;
import io.relations.application.model.ListedUser;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.domain.model.UserId;

/**
 * Followers and followed users of one user, each page read as {@code viewer} asks for it: with
 * the facts about viewer and owner ({@code ReadFacts}: module, who is registered, the blocks
 * between the two), from the same snapshot as the page. The port reads; the application decides
 * what may be shown, so the rows come back whatever the blocks.
 *
 * <p>Pages, here and in every list port: newest first on (time, id), the time being that of the
 * recorded event that put the entry in the list (here the follow itself, not a follow back). A
 * page holds {@code limit} entries unless it is the last, and has a next cursor exactly when
 * entries follow it; the page after a cursor starts right after it, so a walk page by page meets
 * each entry once, and an entry added after the walk began (newer than its cursors) on no later
 * page.
 */
public interface FollowLists {

    /**
     * The users who follow {@code owner}.
     *
     * @param viewer who reads, for the facts
     * @param owner  whose followers
     * @param page   the page's size and start
     * @return the page, with the facts of its snapshot
     */
    GuardedRead<Page<ListedUser>> followers(UserId viewer, UserId owner, PageRequest page);

    /**
     * The users {@code owner} follows.
     *
     * @param viewer who reads, for the facts
     * @param owner  who follows them
     * @param page   the page's size and start
     * @return the page, with the facts of its snapshot
     */
    GuardedRead<Page<ListedUser>> following(UserId viewer, UserId owner, PageRequest page);
}
