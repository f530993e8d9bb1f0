package io.relations.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.relations.adapter.rest.HttpReply;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.bootstrap.testing.SharedService;
import io.relations.domain.model.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The privacy rule (DESIGN §7) over seeded random histories of follows, connections, blocks and
 * unblocks among a few users; {@code -Drelations.seed=} replays a run. Then every user reads every
 * read route, every page: no answer carries the reason of a block the reader did not make, no
 * blocks history holds a row the reader is not the blocker of, a page short of its limit is the
 * last, a list hidden by a block is byte for byte the empty page, and nothing answers 5xx.
 */
// The end-to-end fixture's shared service: its clients check every answer against the OpenAPI document.
@ExtendWith(SharedService.class)
class BlockPrivacyUnderRandomHistoriesTest {

    private static final int USERS = 5;
    private static final int COMMANDS = Volumes.fastOrLong(80, 2_000);
    private static final int PAGE = 2;
    private static final String EMPTY_PAGE = "{\"items\":[],\"next_cursor\":null}";

    private final ServiceUnderTest service;
    private final List<String> failures = new ArrayList<>();
    private long requests;
    private long serverErrors;

    BlockPrivacyUnderRandomHistoriesTest(ServiceUnderTest service) {
        this.service = service;
    }

    @Test
    void no_read_shows_a_user_a_block_made_against_them_or_its_reason_and_hidden_lists_are_the_empty_page() {
        long started = System.nanoTime();
        long seed = Seeds.seed();
        System.out.println(Figures.PREFIX + " block privacy: seed " + seed + "; replay with -D" + Seeds.PROPERTY + "=" + seed);
        Random random = new Random(seed);
        List<UserId> users = IntStream.range(0, USERS).mapToObj(i -> service.newUser()).toList();

        // given a random history; each block's reason is a word of its own, and who wrote it is kept
        Map<String, UserId> reasonWriters = new HashMap<>();
        for (int i = 0; i < COMMANDS; i++) {
            UserId actor = users.get(random.nextInt(USERS));
            UserId target = users.get(random.nextInt(USERS));
            if (!actor.equals(target)) {
                String reason = "reason-" + seed + "-" + i;
                String path = randomCommand(random, target);
                HttpReply reply = path.startsWith("PUT /api/v1/me/blocks/")
                        ? send(actor, "PUT", path.substring(4), "{\"reason\": \"" + reason + "\"}")
                        : send(actor, path.substring(0, path.indexOf(' ')), path.substring(path.indexOf(' ') + 1), null);
                if (path.startsWith("PUT /api/v1/me/blocks/") && reply.status() == 200) {
                    reasonWriters.putIfAbsent(reason, actor);
                }
            }
        }
        Set<List<UserId>> blocks = currentBlocks(users);

        // when every user reads everything, then
        for (UserId viewer : users) {
            List<String> bodies = new ArrayList<>();
            for (UserId owner : users) {
                for (String list : List.of("followers", "following", "connections")) {
                    List<HttpReply> pages = allPages(viewer, "/api/v1/users/" + owner + "/" + list + "?");
                    pages.forEach(page -> bodies.add(page.body()));
                    if (blocks.contains(List.of(owner, viewer)) && !pages.get(0).body().equals(EMPTY_PAGE)) {
                        failures.add(viewer + " blocked by " + owner + " got " + list + ": " + pages.get(0).body());
                    }
                }
                HttpReply stats = send(viewer, "GET", "/api/v1/users/" + owner + "/stats", null);
                bodies.add(stats.body());
                if (blocks.contains(List.of(owner, viewer)) && !stats.body().endsWith("\"followers\":0,\"following\":0,\"connections\":0}")) {
                    failures.add(viewer + " blocked by " + owner + " got stats " + stats.body());
                }
            }
            for (String path : List.of("/api/v1/me/connection-requests?direction=incoming&", "/api/v1/me/connection-requests?direction=outgoing&",
                    "/api/v1/me/blocks?", "/api/v1/me/history?kind=follows&", "/api/v1/me/history?kind=connections&")) {
                allPages(viewer, path).forEach(page -> bodies.add(page.body()));
            }
            for (HttpReply page : allPages(viewer, "/api/v1/me/history?kind=blocks&")) {
                bodies.add(page.body());
                page.json().path("items").forEach(item -> {
                    if (!item.path("blocker_id").asText().equals(viewer.toString()) || !item.path("actor_id").asText().equals(viewer.toString())) {
                        failures.add(viewer + " read another's block in their history: " + item);
                    }
                });
            }
            List<String> relationships = new ArrayList<>();
            users.stream().filter(other -> !other.equals(viewer)).forEach(other -> relationships.add(other.toString()));
            bodies.add(send(viewer, "GET", "/api/v1/me/relationships?ids=" + String.join(",", relationships), null).body());
            reasonWriters.forEach((reason, writer) -> {
                if (!writer.equals(viewer) && bodies.stream().anyMatch(body -> body.contains(reason + "\""))) {
                    failures.add(viewer + " read the reason " + reason + " written by " + writer);
                }
            });
        }

        new Figures("block privacy", COMMANDS + " random commands among " + USERS + " users, then " + requests + " requests in all",
                Duration.ofNanos(System.nanoTime() - started), serverErrors, service.invariantViolations().size(), Figures.NOT_MEASURED,
                failures.size() + " privacy failures; seed " + seed).print();
        assertThat(failures).as("privacy failures, seed %d", seed).isEmpty();
        assertThat(serverErrors).as("5xx answers, seed %d", seed).isZero();
        assertThat(reasonWriters).as("blocks with a reason, seed %d", seed).isNotEmpty();
    }

    private static String randomCommand(Random random, UserId target) {
        return switch (random.nextInt(8)) {
            case 0, 1 -> "PUT /api/v1/me/following/" + target;
            case 2 -> "DELETE /api/v1/me/following/" + target;
            case 3 -> "DELETE /api/v1/me/followers/" + target;
            case 4 -> "PUT /api/v1/me/connections/" + target;
            case 5 -> "POST /api/v1/me/connection-requests/" + target + "/accept";
            case 6 -> "PUT /api/v1/me/blocks/" + target;
            default -> "DELETE /api/v1/me/blocks/" + target;
        };
    }

    /** (blocker, blocked) for every block now in place, as each blocker's own block list says. */
    private Set<List<UserId>> currentBlocks(List<UserId> users) {
        Set<List<UserId>> blocks = new HashSet<>();
        for (UserId blocker : users) {
            send(blocker, "GET", "/api/v1/me/blocks?limit=100", null).json().path("items")
                    .forEach(item -> blocks.add(List.of(blocker, UserId.parse(item.path("user_id").asText()))));
        }
        return blocks;
    }

    /** Every page of a list, {@link #PAGE} items each; {@code path} ends in "?" or "&". */
    private List<HttpReply> allPages(UserId viewer, String path) {
        List<HttpReply> pages = new ArrayList<>();
        String cursor = null;
        do {
            HttpReply page = send(viewer, "GET", path + "limit=" + PAGE + (cursor == null ? "" : "&cursor=" + cursor), null);
            pages.add(page);
            JsonNode next = page.json().path("next_cursor");
            cursor = next.isTextual() ? next.asText() : null;
            if (cursor != null && page.json().path("items").size() < PAGE) {
                failures.add("a short page that is not the last on " + path + " for " + viewer + ": " + page.body());
            }
        } while (cursor != null && pages.size() < 1_000);
        return pages;
    }

    private HttpReply send(UserId caller, String method, String path, String body) {
        HttpReply reply = service.as(caller).send(method, path, body);
        requests++;
        if (reply.status() >= 500) {
            serverErrors++;
            failures.add(method + " " + path + " answered " + reply);
        }
        return reply;
    }
}
