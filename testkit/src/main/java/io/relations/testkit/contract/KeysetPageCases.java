package io.relations.testkit.contract;

import static io.relations.testkit.contract.PortsInUse.everyPage;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.application.model.ListedUser;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.domain.event.UserFollowed;
import io.relations.domain.model.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Keyset pages: newest first on (time, id), each page after the cursor the one before gave. */
abstract class KeysetPageCases extends PortCases {

    KeysetPageCases(Supplier<PortsInUse> ports) {
        super(ports);
    }

    @Test
    void pages_walk_the_list_newest_first_without_duplicates_or_gaps() {
        UserId owner = given.newUser();
        List<ListedUser> newestFirst = PortsInUse.reversed(followedBy(owner, 7));

        List<Integer> sizes = new ArrayList<>();
        List<ListedUser> walked = everyPage(page -> {
            var read = given.ports.followLists().followers(owner, owner, page);
            sizes.add(read.result().items().size());
            return read;
        }, 3);

        assertThat(walked).containsExactlyElementsOf(newestFirst);
        assertThat(sizes).containsExactly(3, 3, 1);
    }

    @Test
    void a_page_that_ends_the_list_has_no_next_cursor_even_when_it_is_full() {
        UserId owner = given.newUser();
        followedBy(owner, 3);

        assertThat(given.ports.followLists().followers(owner, owner, PageRequest.first(3)).result().next()).isEmpty();
        Page<ListedUser> shorter = given.ports.followLists().followers(owner, owner, PageRequest.first(2)).result();
        assertThat(shorter.items()).hasSize(2);
        assertThat(shorter.next()).isPresent();
        assertThat(given.ports.followLists().followers(owner, owner, PageRequest.after(shorter.next().get(), 2)).result())
                .satisfies(last -> {
                    assertThat(last.items()).hasSize(1);
                    assertThat(last.next()).isEmpty();
                });
    }

    @Test
    void a_follow_recorded_after_the_first_page_is_on_no_later_page_and_nothing_is_skipped() {
        UserId owner = given.newUser();
        List<ListedUser> newestFirst = PortsInUse.reversed(followedBy(owner, 5));
        Page<ListedUser> first = given.ports.followLists().followers(owner, owner, PageRequest.first(2)).result();

        followedBy(owner, 1);
        List<ListedUser> rest = everyPage(page -> given.ports.followLists().followers(owner, owner,
                page.after().isPresent() ? page : PageRequest.after(first.next().orElseThrow(), 2)), 2);

        assertThat(first.items()).containsExactlyElementsOf(newestFirst.subList(0, 2));
        assertThat(rest).containsExactlyElementsOf(newestFirst.subList(2, 5));
    }

    /** {@code count} new users follow the owner, one command each: the entries, oldest first. */
    private List<ListedUser> followedBy(UserId owner, int count) {
        return IntStream.range(0, count).mapToObj(i -> {
            UserId follower = given.newUser();
            return new ListedUser(follower, given.record(follower, owner, new UserFollowed(follower, owner)).get(0).occurredAt());
        }).toList();
    }
}
