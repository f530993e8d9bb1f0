package io.relations.benchmarks.http;

import io.relations.adapter.rest.auth.TokenMinter;
import io.relations.bootstrap.RelationsService;
import io.relations.bootstrap.config.RelationsConfig;
import io.relations.domain.model.UserId;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * Starts the service in this JVM on an embedded PostgreSQL (a fresh data directory), registers
 * users, then sends follows at a fixed rate to 127.0.0.1: "cold", each follower follows a
 * different user, and "hot", every follower follows the same user.
 *
 * <p>Arguments: {@code followers perSecond [warmupFollows]}, e.g. {@code 1000 200 2000}.
 */
public final class FollowLoad {

    /** Dots keep it from reading as Base64, so the service uses these very bytes. */
    private static final String SECRET = "benchmark.secret.not.for.production.use.0123";
    private static final String ISSUER_AND_AUDIENCE = "relations";
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);
    private static final int REGISTRATIONS_AT_ONCE = 32;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final TokenMinter tokens = new TokenMinter(SECRET.getBytes(StandardCharsets.UTF_8),
            ISSUER_AND_AUDIENCE, ISSUER_AND_AUDIENCE, Clock.systemUTC());
    private final OpenLoopRun openLoop = new OpenLoopRun(client);
    private final String base;

    private FollowLoad(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public static void main(String[] args) throws IOException {
        int followers = Integer.parseInt(args[0]);
        double perSecond = Double.parseDouble(args[1]);
        int warmupFollows = args.length > 2 ? Integer.parseInt(args[2]) : followers;
        Path dataDirectory = Files.createTempDirectory("relations-bench-");
        try (RelationsService service = RelationsService.start(RelationsConfig.from(Map.of(
                "RELATIONS_DATA_DIR", dataDirectory.toString(),
                "RELATIONS_HTTP_HOST", "127.0.0.1",
                "RELATIONS_HTTP_PORT", "0",
                "RELATIONS_RATE_LIMIT_PER_MINUTE", "0",
                "RELATIONS_JWT_SECRET", SECRET)), Clock.systemUTC())) {
            List<LatencySummary> results = new FollowLoad(service.port()).coldThenHot(followers, perSecond, warmupFollows);
            results.forEach(result -> System.out.println("RESULT " + result.line()));
            double hotShareOfCold = results.get(2).achievedPerSecond() / results.get(1).achievedPerSecond();
            System.out.printf("RESULT hot/cold achieved = %.2f; hot p99 / cold p99 = %.2f%n",
                    hotShareOfCold, results.get(2).p99Millis() / results.get(1).p99Millis());
        } finally {
            deleteRecursively(dataDirectory);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Warm-up (discarded figures, its own users), then cold and hot with the same number of follows. */
    private List<LatencySummary> coldThenHot(int followers, double perSecond, int warmupFollows) {
        List<UserId> warmupUsers = register(warmupFollows * 2);
        List<UserId> users = register(followers * 2 + 1);
        List<UserId> coldFollowers = users.subList(0, followers);
        List<UserId> coldTargets = users.subList(followers, followers * 2);
        UserId hotTarget = users.get(followers * 2);
        List<UserId> hotFollowers = coldTargets;

        List<LatencySummary> results = new ArrayList<>();
        results.add(openLoop.run("warm", follows(warmupFollows,
                i -> warmupUsers.get(i), i -> warmupUsers.get(warmupFollows + i)), perSecond));
        results.add(openLoop.run("cold", follows(followers, coldFollowers::get, coldTargets::get), perSecond));
        results.add(openLoop.run("hot", follows(followers, hotFollowers::get, i -> hotTarget), perSecond));
        return results;
    }

    private List<HttpRequest> follows(int count, IntFunction<UserId> follower, IntFunction<UserId> followed) {
        List<HttpRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(put("/api/v1/me/following/" + followed.apply(i), tokens.mint(follower.apply(i), false, TOKEN_LIFETIME)));
        }
        return requests;
    }

    /** Set-up, not measured: a few registrations at a time, so a loaded machine does not refuse them. */
    private List<UserId> register(int count) {
        String adminToken = tokens.mint(UserId.of(UUID.randomUUID()), true, TOKEN_LIFETIME);
        List<UserId> users = new ArrayList<>(count);
        List<CompletableFuture<HttpResponse<Void>>> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UserId user = UserId.of(UUID.randomUUID());
            users.add(user);
            batch.add(client.sendAsync(put("/api/v1/admin/users/" + user, adminToken), HttpResponse.BodyHandlers.discarding()));
            if (batch.size() == REGISTRATIONS_AT_ONCE || i == count - 1) {
                for (CompletableFuture<HttpResponse<Void>> answer : batch) {
                    int status = answer.join().statusCode();
                    if (status != 201) {
                        throw new IllegalStateException("registering a user answered " + status);
                    }
                }
                batch.clear();
            }
        }
        return users;
    }

    private HttpRequest put(String path, String token) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .PUT(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60))
                .build();
    }
}
