package io.relations.adapter.persistence;

import static io.relations.adapter.persistence.support.Outcomes.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.relations.adapter.persistence.support.RelationsOnPostgres;
import io.relations.application.model.BlockedUser;
import io.relations.application.model.ListedUser;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.application.model.RecordedEvent;
import io.relations.application.model.RelationshipLookup;
import io.relations.application.model.RequestDirection;
import io.relations.domain.decision.HistoryScope;
import io.relations.domain.decision.Reader;
import io.relations.domain.event.HistoryKind;
import io.relations.domain.event.UserBlocked;
import io.relations.domain.event.UserFollowed;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.ConnectionStatus;
import io.relations.domain.model.Relationship;
import io.relations.domain.model.UserId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The read ports through the application's query service: order, pages, and what each entry says. */
class ListsOnPostgresTest {

    @RegisterExtension
    static final RelationsOnPostgres relations = RelationsOnPostgres.perTestClass(2);

    @Test
    void followers_come_newest_first_in_pages_and_the_last_page_has_no_next_cursor() {
        // given 25 users who follow the owner one after the other
        UserId owner = relations.newUser();
        List<UserId> followers = users(25);
        followers.forEach(follower -> value(relations.commands().follow(follower, owner)));

        // when
        List<Page<ListedUser>> pages = allPages(page -> value(relations.queries().listFollowers(owner, owner, page)), 10);

        // then
        assertThat(pages).extracting(page -> page.items().size()).containsExactly(10, 10, 5);
        assertThat(pages).extracting(page -> page.next().isPresent()).containsExactly(true, true, false);
        assertThat(usersOf(pages, ListedUser::user)).containsExactlyElementsOf(reversed(followers));
    }

    @Test
    void following_lists_the_followed_users_newest_first() {
        // given
        UserId owner = relations.newUser();
        List<UserId> followed = users(3);
        followed.forEach(user -> value(relations.commands().follow(owner, user)));

        // when
        List<Page<ListedUser>> pages = allPages(page -> value(relations.queries().listFollowing(owner, owner, page)), 2);

        // then
        assertThat(usersOf(pages, ListedUser::user)).containsExactlyElementsOf(reversed(followed));
    }

    @Test
    void connections_merge_both_sides_newest_connection_first_and_leave_pending_requests_out() {
        // given the owner asked two users, two users asked the owner, and three of the four accepted
        UserId owner = relations.newUser();
        List<UserId> others = users(4);
        value(relations.commands().requestConnection(owner, others.get(0)));
        value(relations.commands().requestConnection(owner, others.get(1)));
        value(relations.commands().requestConnection(others.get(2), owner));
        value(relations.commands().requestConnection(others.get(3), owner));
        value(relations.commands().acceptConnectionRequest(owner, others.get(2)));
        value(relations.commands().acceptConnectionRequest(others.get(0), owner));
        value(relations.commands().acceptConnectionRequest(owner, others.get(3)));

        // when
        List<Page<ListedUser>> pages = allPages(page -> value(relations.queries().listConnections(owner, owner, page)), 2);

        // then
        assertThat(usersOf(pages, ListedUser::user)).containsExactly(others.get(3), others.get(0), others.get(2));
        assertThat(value(relations.queries().userStats(owner, owner)).connections()).isEqualTo(3);
    }

    @Test
    void pending_requests_are_listed_incoming_or_outgoing_newest_first() {
        // given
        UserId owner = relations.newUser();
        List<UserId> others = users(4);
        value(relations.commands().requestConnection(others.get(0), owner));
        value(relations.commands().requestConnection(owner, others.get(1)));
        value(relations.commands().requestConnection(others.get(2), owner));
        value(relations.commands().requestConnection(owner, others.get(3)));

        // when
        List<Page<ListedUser>> incoming = allPages(page ->
                value(relations.queries().listConnectionRequests(owner, RequestDirection.INCOMING, page)), 1);
        List<Page<ListedUser>> outgoing = allPages(page ->
                value(relations.queries().listConnectionRequests(owner, RequestDirection.OUTGOING, page)), 5);

        // then
        assertThat(usersOf(incoming, ListedUser::user)).containsExactly(others.get(2), others.get(0));
        assertThat(usersOf(outgoing, ListedUser::user)).containsExactly(others.get(3), others.get(1));
    }

    @Test
    void blocks_are_listed_newest_first_with_their_reasons() {
        // given
        UserId owner = relations.newUser();
        List<UserId> others = users(2);
        value(relations.commands().block(owner, others.get(0), new BlockReason("spam")));
        value(relations.commands().block(owner, others.get(1), BlockReason.NONE));

        // when
        List<Page<BlockedUser>> pages = allPages(page -> value(relations.queries().listBlocks(owner, Reader.OWNER, page)), 20);

        // then
        assertThat(pages.get(0).items()).extracting(BlockedUser::user, BlockedUser::reason)
                .containsExactly(
                        tuple(others.get(1), BlockReason.NONE),
                        tuple(others.get(0), new BlockReason("spam")));
    }

    @Test
    void history_holds_the_rows_where_the_user_is_either_party_newest_first() {
        // given
        UserId owner = relations.newUser();
        List<UserId> others = users(3);
        value(relations.commands().follow(owner, others.get(0)));
        value(relations.commands().follow(others.get(1), owner));
        value(relations.commands().follow(others.get(2), others.get(0)));

        // when
        List<Page<RecordedEvent>> pages = allPages(page -> value(relations.queries().history(owner, Reader.OWNER, HistoryKind.FOLLOWS, page)), 1);

        // then
        assertThat(pages.stream().flatMap(page -> page.items().stream()).map(RecordedEvent::event))
                .containsExactly(new UserFollowed(others.get(1), owner), new UserFollowed(owner, others.get(0)));
    }

    @Test
    void the_blocks_history_of_the_blocked_user_holds_only_their_own_blocks_in_full_pages() {
        // given the owner is blocked, unblocked and blocked again by one user, and blocks two others
        UserId owner = relations.newUser();
        List<UserId> others = users(3);
        value(relations.commands().block(others.get(0), owner, new BlockReason("private")));
        value(relations.commands().unblock(others.get(0), owner));
        value(relations.commands().block(others.get(0), owner, new BlockReason("private again")));
        value(relations.commands().block(owner, others.get(1), BlockReason.NONE));
        value(relations.commands().block(owner, others.get(2), new BlockReason("own")));

        // when
        List<Page<RecordedEvent>> pages = allPages(page -> value(relations.queries().history(owner, Reader.OWNER, HistoryKind.BLOCKS, page)), 1);
        List<Page<RecordedEvent>> everyRow = allPages(
                page -> relations.persistence().historyReader().historyOf(owner, HistoryKind.BLOCKS, HistoryScope.EVERY_ROW, page).result(), 2);

        // then: one full page per own block, and nothing of the other user's
        assertThat(pages).extracting(page -> page.items().size()).containsExactly(1, 1);
        assertThat(pages.stream().flatMap(page -> page.items().stream()).map(RecordedEvent::event))
                .containsExactly(new UserBlocked(owner, others.get(2), new BlockReason("own")),
                        new UserBlocked(owner, others.get(1), BlockReason.NONE));
        assertThat(everyRow.stream().flatMap(page -> page.items().stream())).hasSize(5);
    }

    @Test
    void relationships_with_many_users_come_in_one_batch_each_as_the_viewer_sees_it() {
        // given the viewer and 40 users, with something different between the viewer and each of the first five
        UserId viewer = relations.newUser();
        List<UserId> others = users(40);
        value(relations.commands().follow(viewer, others.get(0)));
        value(relations.commands().follow(others.get(1), viewer));
        value(relations.commands().requestConnection(viewer, others.get(2)));
        value(relations.commands().requestConnection(others.get(3), viewer));
        value(relations.commands().block(others.get(4), viewer, BlockReason.NONE));

        // when
        List<Relationship> relationships = value(relations.queries().lookUpRelationships(viewer, new RelationshipLookup(others)));

        // then
        assertThat(relationships).extracting(Relationship::other).containsExactlyElementsOf(others);
        assertThat(relationships.get(0).following()).isTrue();
        assertThat(relationships.get(1).followedBy()).isTrue();
        assertThat(relationships.get(2).connection()).isEqualTo(ConnectionStatus.PENDING_OUTGOING);
        assertThat(relationships.get(3).connection()).isEqualTo(ConnectionStatus.PENDING_INCOMING);
        assertThat(relationships.get(4).blockedBy()).isTrue();
        assertThat(relationships.subList(5, 40)).allSatisfy(relationship -> assertThat(relationship)
                .isEqualTo(new Relationship(viewer, relationship.other(), false, false, ConnectionStatus.NONE, false, false)));
    }

    private static List<UserId> users(int count) {
        return IntStream.range(0, count).mapToObj(i -> relations.newUser()).collect(Collectors.toList());
    }

    private static <T> List<Page<T>> allPages(Function<PageRequest, Page<T>> list, int size) {
        List<Page<T>> pages = new ArrayList<>();
        Optional<PageRequest> next = Optional.of(PageRequest.first(size));
        while (next.isPresent()) {
            Page<T> page = list.apply(next.get());
            pages.add(page);
            next = page.next().map(cursor -> PageRequest.after(cursor, size));
        }
        return pages;
    }

    private static <T> List<UserId> usersOf(List<Page<T>> pages, Function<T, UserId> user) {
        return pages.stream().flatMap(page -> page.items().stream()).map(user).toList();
    }

    private static List<UserId> reversed(List<UserId> users) {
        List<UserId> copy = new ArrayList<>(users);
        Collections.reverse(copy);
        return copy;
    }
}
