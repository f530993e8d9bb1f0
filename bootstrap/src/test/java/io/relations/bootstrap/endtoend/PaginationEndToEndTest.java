package io.relations.bootstrap.endtoend;

import static io.relations.bootstrap.testing.Pages.field;
import static io.relations.bootstrap.testing.Pages.nextCursor;
import static io.relations.bootstrap.testing.Pages.userIds;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.relations.adapter.rest.HttpReply;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.bootstrap.testing.SharedService;
import io.relations.domain.model.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Keyset pagination (DESIGN §4): newest first, and a list that grows while read loses nothing older than its first page. */
@ExtendWith(SharedService.class)
class PaginationEndToEndTest {

    private static final int OLDER_FOLLOWERS = 45;
    private static final int PAGE_SIZE = 10;
    private static final int FOLLOWS_BETWEEN_PAGES = 2;

    private final ServiceUnderTest service;
    private final UserId owner;

    PaginationEndToEndTest(ServiceUnderTest service) {
        this.service = service;
        this.owner = service.newUser();
    }

    @Test
    void followers_read_page_by_page_while_others_follow_come_without_duplicates_or_gaps_among_older_rows() throws Exception {
        // given
        List<UserId> olderFollowers = new ArrayList<>();
        for (int i = 0; i < OLDER_FOLLOWERS; i++) {
            olderFollowers.add(newFollower());
        }
        List<UserId> newFollowers = new CopyOnWriteArrayList<>();
        Semaphore followed = new Semaphore(0);
        AtomicBoolean reading = new AtomicBoolean(true);
        CompletableFuture<Void> following = CompletableFuture.runAsync(() -> {
            while (reading.get()) {
                newFollowers.add(newFollower());
                followed.release();
            }
        });

        // when: the pages are read while more users follow, at least two between two pages
        List<UserId> beforeFirstPage = new ArrayList<>(olderFollowers);
        List<UserId> read = new ArrayList<>();
        List<Instant> since = new ArrayList<>();
        int pages = 0;
        try {
            Optional<String> cursor = Optional.empty();
            do {
                assertThat(followed.tryAcquire(FOLLOWS_BETWEEN_PAGES, 10, TimeUnit.SECONDS)).as("users followed meanwhile").isTrue();
                if (pages == 0) {
                    beforeFirstPage.addAll(newFollowers);
                }
                HttpReply page = service.as(owner).get("/api/v1/users/" + owner + "/followers?limit=" + PAGE_SIZE
                        + cursor.map(next -> "&cursor=" + next).orElse(""));
                read.addAll(userIds(page));
                field(page, "since").forEach(time -> since.add(Instant.parse(time)));
                pages++;
                cursor = nextCursor(page);
            } while (cursor.isPresent());
        } finally {
            reading.set(false);
            following.get(10, TimeUnit.SECONDS);
        }

        // then
        assertThat(pages).isGreaterThan(OLDER_FOLLOWERS / PAGE_SIZE);
        assertThat(read).doesNotHaveDuplicates().containsAll(beforeFirstPage);
        assertThat(newFollowers).containsAll(read.stream().filter(user -> !olderFollowers.contains(user)).toList());
        assertThat(since).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void every_other_list_pages_through_all_its_items_with_next_cursor() {
        // given: three of each
        for (int i = 0; i < 3; i++) {
            UserId followed = service.newUser();
            service.as(owner).put("/api/v1/me/following/" + followed);
            UserId connection = service.newUser();
            service.as(owner).put("/api/v1/me/connections/" + connection);
            service.as(connection).post("/api/v1/me/connection-requests/" + owner + "/accept");
            service.as(owner).put("/api/v1/me/connections/" + service.newUser());
            service.as(owner).put("/api/v1/me/blocks/" + service.newUser());
        }

        // when / then
        for (String list : List.of("/api/v1/users/" + owner + "/following?", "/api/v1/users/" + owner + "/connections?",
                "/api/v1/me/connection-requests?direction=outgoing&", "/api/v1/me/blocks?", "/api/v1/me/history?kind=follows&")) {
            HttpReply first = service.as(owner).get(list + "limit=2");
            HttpReply second = service.as(owner).get(list + "limit=2&cursor=" + nextCursor(first).orElseThrow());

            List<JsonNode> items = new ArrayList<>();
            first.json().path("items").forEach(items::add);
            second.json().path("items").forEach(items::add);
            assertThat(items).as(list).hasSize(3).doesNotHaveDuplicates();
            assertThat(nextCursor(second)).as(list).isEmpty();
        }
    }

    /** A user unknown so far who follows the owner: registered on first use, as a real client would be. */
    private UserId newFollower() {
        UserId follower = ServiceUnderTest.unknownUser();
        assertThat(service.as(follower).put("/api/v1/me/following/" + owner).status()).isEqualTo(200);
        return follower;
    }
}
