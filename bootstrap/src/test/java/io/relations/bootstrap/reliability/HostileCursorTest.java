package io.relations.bootstrap.reliability;

import static io.relations.bootstrap.reliability.RandomPicks.pick;
import static io.relations.bootstrap.reliability.RandomPicks.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.rest.HttpReply;
import io.relations.adapter.rest.http.CursorCodec;
import io.relations.adapter.rest.http.CursorKeys;
import io.relations.adapter.rest.http.CursorScope;
import io.relations.adapter.rest.problem.ProblemType;
import io.relations.application.model.PageCursor;
import io.relations.bootstrap.testing.ApiClient;
import io.relations.bootstrap.testing.Pages;
import io.relations.bootstrap.testing.Problems;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.domain.model.UserId;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cursors a client made up, on every cursor-paginated list: random bytes and text, well-formed
 * cursors carrying extreme positions (signed with a wrong key, and with the service's own key to
 * reach its range check), cursors of another list, owner or viewer, truncated, padded, respelled.
 * Every one is a 400 invalid_request problem, never a 5xx; {@code -Drelations.seed=} replays a run.
 * The service runs with a key ring the test knows (a current key and a rotated one).
 */
class HostileCursorTest {

    private static final int CASES = Volumes.fastOrLong(1_500, 30_000);
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    /** Beyond PostgreSQL's timestamptz (294276 AD): the time of the forgery that answered 500. */
    private static final Instant FAR_FUTURE = Instant.parse("+300000-01-01T00:00:00Z");
    private static final List<String> INTERNALS = List.of("Exception", "SQL", "java.", "org.", "timestamp");

    private static final byte[] CURRENT_KEY = key(7);
    private static final byte[] ROTATED_KEY = key(8);
    private static final CursorCodec SERVICE_CODEC = codec(CURRENT_KEY);
    private static final CursorCodec ROTATED_CODEC = codec(ROTATED_KEY);
    private static final CursorCodec WRONG_CODEC = codec(key(9));

    private static ServiceUnderTest service;
    private static UserId caller;
    private static UserId stranger;
    private static ApiClient asCaller;
    private static List<ListRoute> lists;
    /** For each list, a next_cursor it answered to the caller with limit=1. */
    private static Map<ListRoute, String> answered;

    @BeforeAll
    static void startWithTwoEntriesInEveryListOfTheCaller() {
        // The end-to-end fixture's tokens, so that its clients may act; no rate limit, the loop would reach it.
        service = ServiceUnderTest.start(Map.of("RELATIONS_RATE_LIMIT_PER_MINUTE", "0", "RELATIONS_CURSOR_KEYS",
                Base64.getEncoder().encodeToString(CURRENT_KEY) + "," + Base64.getUrlEncoder().encodeToString(ROTATED_KEY)));
        caller = service.newUser();
        stranger = service.newUser();
        asCaller = service.as(caller);
        for (int i = 0; i < 2; i++) {
            UserId followed = service.newUser();
            UserId follower = service.newUser();
            UserId requested = service.newUser();
            UserId requester = service.newUser();
            UserId connection = service.newUser();
            UserId blocked = service.newUser();
            assertThat(asCaller.put("/api/v1/me/following/" + followed).status()).isEqualTo(200);
            assertThat(service.as(follower).put("/api/v1/me/following/" + caller).status()).isEqualTo(200);
            assertThat(asCaller.put("/api/v1/me/connections/" + requested).status()).isEqualTo(200);
            assertThat(service.as(requester).put("/api/v1/me/connections/" + caller).status()).isEqualTo(200);
            assertThat(asCaller.put("/api/v1/me/connections/" + connection).status()).isEqualTo(200);
            assertThat(service.as(connection).post("/api/v1/me/connection-requests/" + caller + "/accept").status()).isEqualTo(200);
            assertThat(asCaller.put("/api/v1/me/blocks/" + blocked).status()).isEqualTo(200);
        }
        UserId owner = caller;
        UserId admin = service.administrator();
        ApiClient asAdmin = service.asAdmin();
        lists = List.of(
                new ListRoute("/api/v1/users/" + owner + "/followers", new CursorScope("followers", caller, owner), asCaller),
                new ListRoute("/api/v1/users/" + owner + "/following", new CursorScope("following", caller, owner), asCaller),
                new ListRoute("/api/v1/users/" + owner + "/connections", new CursorScope("connections", caller, owner), asCaller),
                new ListRoute("/api/v1/me/connection-requests?direction=incoming", CursorScope.own("connection-requests/incoming", caller), asCaller),
                new ListRoute("/api/v1/me/connection-requests?direction=outgoing", CursorScope.own("connection-requests/outgoing", caller), asCaller),
                new ListRoute("/api/v1/me/blocks", CursorScope.own("blocks", caller), asCaller),
                new ListRoute("/api/v1/me/history?kind=follows", CursorScope.own("history/follows", caller), asCaller),
                new ListRoute("/api/v1/me/history?kind=connections", CursorScope.own("history/connections", caller), asCaller),
                new ListRoute("/api/v1/me/history?kind=blocks", CursorScope.own("history/blocks", caller), asCaller),
                new ListRoute("/api/v1/admin/users/" + owner + "/blocks", new CursorScope("admin/blocks", admin, owner), asAdmin),
                new ListRoute("/api/v1/admin/users/" + owner + "/history?kind=follows", new CursorScope("admin/history/follows", admin, owner), asAdmin),
                new ListRoute("/api/v1/admin/users/" + owner + "/history?kind=blocks", new CursorScope("admin/history/blocks", admin, owner), asAdmin));
        answered = new TreeMap<>((a, b) -> a.path().compareTo(b.path()));
        for (ListRoute list : lists) {
            HttpReply first = list.client().get(list.page(null));
            assertThat(first.status()).as("%s", first).isEqualTo(200);
            answered.put(list, Pages.nextCursor(first).orElseThrow(() -> new AssertionError("no next cursor: " + first)));
        }
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void a_forged_cursor_with_a_far_future_time_is_an_invalid_request_not_a_server_error() {
        // given the forgery of the finding: a well-formed cursor of the old layout, its public checksum right, in year 300000
        String oldLayout = oldLayoutCursor(FAR_FUTURE, UUID.randomUUID());
        for (ListRoute list : lists) {
            // and the same position in today's layout, signed with a key the service does not hold
            String wrongKey = WRONG_CODEC.encode(list.scope(), new PageCursor(FAR_FUTURE, UUID.randomUUID()));

            // when
            HttpReply old = list.client().get(list.page(oldLayout));
            HttpReply unsigned = list.client().get(list.page(wrongKey));

            // then
            Problems.assertProblem(old, ProblemType.INVALID_REQUEST);
            Problems.assertProblem(unsigned, ProblemType.INVALID_REQUEST);
        }
    }

    @Test
    void a_cursor_is_accepted_only_by_the_list_owner_and_viewer_it_was_answered_for() {
        UserId otherOwner = service.newUser();
        String strangersCursor = Pages.nextCursor(service.as(stranger).get(lists.get(0).page(null))).orElseThrow();
        for (ListRoute list : lists) {
            for (ListRoute other : lists) {
                HttpReply reply = other.client().get(other.page(answered.get(list)));
                if (other.equals(list)) {
                    assertThat(reply.status()).as("%s on its own list: %s", list, reply).isEqualTo(200);
                } else {
                    Problems.assertProblem(reply, ProblemType.INVALID_REQUEST);
                }
            }
            Problems.assertProblem(asCaller.get("/api/v1/users/" + otherOwner + "/followers?limit=1&cursor=" + answered.get(list)),
                    ProblemType.INVALID_REQUEST);
            // a stranger is refused the administrators' lists before any cursor is read
            Problems.assertProblem(service.as(stranger).get(list.page(answered.get(list))),
                    list.path().startsWith("/api/v1/admin/") ? ProblemType.FORBIDDEN : ProblemType.INVALID_REQUEST);
        }
        // the stranger's cursor of the caller's followers, given by the caller
        Problems.assertProblem(asCaller.get(lists.get(0).page(strangersCursor)), ProblemType.INVALID_REQUEST);
    }

    @Test
    void a_cursor_signed_with_the_rotated_key_is_still_accepted_and_the_current_key_signs() {
        ListRoute followers = lists.get(0);
        PageCursor position = SERVICE_CODEC.decode(followers.scope(), answered.get(followers));

        HttpReply reply = asCaller.get(followers.page(ROTATED_CODEC.encode(followers.scope(), position)));

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    }

    @Test
    void hostile_cursors_on_every_list_route_are_a_problem_400_never_a_5xx() {
        // given
        long seed = Seeds.seed();
        System.out.println(Figures.PREFIX + " hostile cursors: seed " + seed + "; replay with -D" + Seeds.PROPERTY + "=" + seed);
        Random random = new Random(seed);
        List<Mutation> mutations = mutations();
        Map<String, Integer> tried = new TreeMap<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long serverErrors = 0;
        TableSnapshot before = TableSnapshot.of(service.dataSource());
        long started = System.nanoTime();

        // when
        for (int i = 0; i < CASES; i++) {
            ListRoute list = lists.get(random.nextInt(lists.size()));
            Mutation mutation = mutations.get(random.nextInt(mutations.size()));
            String cursor = mutation.make().apply(random, list);
            HttpReply reply = list.client().unchecked().get(list.page(cursor));
            tried.merge(mutation.name(), 1, Integer::sum);
            statuses.merge(reply.status(), 1, Integer::sum);
            serverErrors += reply.status() >= 500 ? 1 : 0;
            if (!isInvalidRequest(reply)) {
                failures.add(mutation.name() + " on " + list.path() + " cursor " + cursor + ": " + reply);
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        long rowsChanged = TableSnapshot.of(service.dataSource()).rowsChangedSince(before);
        List<String> violations = service.invariantViolations();

        // then
        new Figures("hostile cursors", CASES + " cursors on " + lists.size() + " list routes", took, serverErrors, violations.size(),
                rowsChanged, "seed " + seed + ", statuses " + statuses + ", mutations " + tried).print();
        failures.stream().limit(20).forEach(failure -> System.out.println("  " + failure));
        assertThat(failures).as("seed %d", seed).isEmpty();
        assertThat(serverErrors).isZero();
        assertThat(rowsChanged).isZero();
        assertThat(violations).isEmpty();
        // and the lists still page with the cursors they answered: the refusals were about the cursors
        answered.forEach((list, cursor) -> assertThat(list.client().get(list.page(cursor)).status()).as("%s", list).isEqualTo(200));
    }

    private static List<Mutation> mutations() {
        List<Mutation> all = new ArrayList<>();
        all.add(new Mutation("random bytes", (random, list) -> base64url(bytes(random, random.nextInt(81)))));
        all.add(new Mutation("random base64url text", (random, list) -> text(random, ALPHABET, random.nextInt(101))));
        all.add(new Mutation("random bytes of a cursor's length", (random, list) -> base64url(bytes(random, 46))));
        all.add(new Mutation("extreme position, wrong key", (random, list) -> WRONG_CODEC.encode(list.scope(), extreme(random))));
        all.add(new Mutation("extreme position, service's key", (random, list) -> SERVICE_CODEC.encode(list.scope(), outOfRange(random))));
        all.add(new Mutation("old layout, far future", (random, list) -> oldLayoutCursor(FAR_FUTURE, UUID.randomUUID())));
        all.add(new Mutation("another list's cursor", (random, list) -> {
            List<ListRoute> others = lists.stream().filter(other -> !other.equals(list)).toList();
            return answered.get(others.get(random.nextInt(others.size())));
        }));
        all.add(new Mutation("another owner's list", (random, list) -> SERVICE_CODEC.encode(
                new CursorScope(list.scope().list(), caller, stranger), SERVICE_CODEC.decode(list.scope(), answered.get(list)))));
        all.add(new Mutation("another viewer's list", (random, list) -> SERVICE_CODEC.encode(
                new CursorScope(list.scope().list(), stranger, list.scope().owner()), SERVICE_CODEC.decode(list.scope(), answered.get(list)))));
        all.add(new Mutation("truncated", (random, list) -> {
            String valid = answered.get(list);
            return valid.substring(0, random.nextInt(valid.length()));
        }));
        all.add(new Mutation("padded", (random, list) -> answered.get(list) + pick(random, List.of("=", "==", "A", "AAAA", "%00", "%20"))
                + text(random, ALPHABET, random.nextInt(4))));
        all.add(new Mutation("standard alphabet", (random, list) -> {
            String valid = answered.get(list);
            int at = random.nextInt(valid.length());
            return valid.substring(0, at) + pick(random, List.of("+", "/")) + valid.substring(at + 1);
        }));
        all.add(new Mutation("one character changed", (random, list) -> {
            char[] text = answered.get(list).toCharArray();
            int at = random.nextInt(text.length);
            text[at] = ALPHABET.charAt((ALPHABET.indexOf(text[at]) + 1 + random.nextInt(ALPHABET.length() - 1)) % ALPHABET.length());
            return new String(text);
        }));
        all.add(new Mutation("unused bits set", (random, list) -> {
            String valid = answered.get(list);
            char last = valid.charAt(valid.length() - 1);
            return valid.substring(0, valid.length() - 1) + ALPHABET.charAt(ALPHABET.indexOf(last) ^ (1 + random.nextInt(15)));
        }));
        all.add(new Mutation("any characters", (random, list) -> {
            StringBuilder text = new StringBuilder();
            for (int c = random.nextInt(80); c > 0; c--) {
                text.appendCodePoint(pick(random, List.of(random.nextInt(0x80), random.nextInt(0x3000), 0x2028, 0x1B, 0)));
            }
            return text.toString();
        }));
        return all;
    }

    /** Any position in Instant's range, a few of them in the service's too: signed with a wrong key, none may pass. */
    private static PageCursor extreme(Random random) {
        Instant at = pick(random, List.of(Instant.MAX, Instant.MIN, FAR_FUTURE, Instant.EPOCH.minusNanos(1), Instant.now(),
                Instant.ofEpochSecond(random.nextLong(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()), random.nextInt(1_000_000_000))));
        return new PageCursor(at, pick(random, List.of(new UUID(0, 0), new UUID(-1, -1), new UUID(random.nextLong(), random.nextLong()))));
    }

    /** Outside what the service accepts: before 1970 or more than its margin ahead of now. */
    private static PageCursor outOfRange(Random random) {
        Instant ahead = Instant.now().plus(CursorCodec.FUTURE_MARGIN).plus(Duration.ofHours(1 + random.nextInt(1_000_000)));
        Instant at = pick(random, List.of(Instant.MAX, Instant.MIN, FAR_FUTURE, Instant.EPOCH.minusSeconds(1 + random.nextInt(1_000_000)), ahead));
        return new PageCursor(at, new UUID(random.nextLong(), random.nextLong()));
    }

    /** The cursor layout before signing: version 1, seconds, nanoseconds, id, and a CRC-32C anyone can compute. */
    private static String oldLayoutCursor(Instant at, UUID id) {
        ByteBuffer buffer = ByteBuffer.allocate(37).put((byte) 1).putLong(at.getEpochSecond()).putInt(at.getNano())
                .putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        CRC32C crc = new CRC32C();
        crc.update(buffer.array(), 0, 33);
        buffer.putInt((int) crc.getValue());
        return base64url(buffer.array());
    }

    private static boolean isInvalidRequest(HttpReply reply) {
        String type = reply.headers().getOrDefault("Content-Type", List.of("")).get(0);
        return reply.status() == 400 && type.startsWith("application/problem+json")
                && reply.body().contains("\"type\":\"https://relations.io/problems/invalid_request\"")
                && INTERNALS.stream().noneMatch(reply.body()::contains);
    }

    private static CursorCodec codec(byte[] key) {
        return new CursorCodec(CursorKeys.of(List.of(key)), Clock.systemUTC());
    }

    private static byte[] key(int n) {
        byte[] key = new byte[CursorKeys.MIN_KEY_BYTES];
        Arrays.fill(key, (byte) n);
        return key;
    }

    private static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String base64url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }



    /**
     * A cursor-paginated list of the caller's, as a path with its query, the scope its cursors are
     * signed for, and the client that reads it (the caller, or an administrator on the admin routes).
     */
    private record ListRoute(String path, CursorScope scope, ApiClient client) {

        /** The first page (cursor null) or the page after {@code cursor}, sent URL-encoded as a client would. */
        String page(String cursor) {
            String query = (path.contains("?") ? "&" : "?") + "limit=1";
            return path + query + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        }
    }

    private record Mutation(String name, BiFunction<Random, ListRoute, String> make) {
    }
}
