package io.relations.benchmarks.http;

import io.relations.adapter.rest.auth.TokenMinter;
import io.relations.benchmarks.BenchmarkTokens;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * Sends follows at fixed arrival rates (open loop) to a service: "cold", each follower follows a
 * different user, and "hot", every follower follows the same user; at each rate, cold then hot,
 * each with users registered for that rate only.
 *
 * <p>Arguments: {@code followers warmupFollows rates [url]}, e.g. {@code 1000 2000 100,200,300}.
 * With a url (e.g. {@code http://127.0.0.1:18080}) it loads that running service, whose HS256
 * secret it reads from {@code RELATIONS_JWT_SECRET}; without one it starts the service in this
 * JVM on an embedded PostgreSQL in a fresh temporary directory.
 */
public final class FollowLoad {

    private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);
    private static final int REGISTRATIONS_AT_ONCE = 32;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final OpenLoopRun openLoop;
    private final TokenMinter tokens;
    private final String base;

    private FollowLoad(String base, String secret) {
        this.base = base;
        URI uri = URI.create(base);
        this.openLoop = new OpenLoopRun(uri.getHost(), uri.getPort());
        this.tokens = BenchmarkTokens.minter(secret);
    }

    public static void main(String[] args) throws IOException {
        int followers = Integer.parseInt(args[0]);
        int warmupFollows = Integer.parseInt(args[1]);
        double[] rates = Arrays.stream(args[2].split(",")).mapToDouble(Double::parseDouble).toArray();
        if (args.length > 3) {
            new FollowLoad(args[3], BenchmarkTokens.secretFromEnvironment()).sweep(followers, warmupFollows, rates);
            return;
        }
        Path dataDirectory = Files.createTempDirectory("relations-bench-");
        try (RelationsService service = RelationsService.start(RelationsConfig.from(Map.of(
                "RELATIONS_DATA_DIR", dataDirectory.toString(),
                "RELATIONS_HTTP_HOST", "127.0.0.1",
                "RELATIONS_HTTP_PORT", "0",
                "RELATIONS_RATE_LIMIT_PER_MINUTE", "0",
                "RELATIONS_JWT_SECRET", BenchmarkTokens.SECRET)), Clock.systemUTC())) {
            new FollowLoad("http://127.0.0.1:" + service.port(), BenchmarkTokens.SECRET).sweep(followers, warmupFollows, rates);
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

    /** A warm-up at the first rate (figures printed, not meant to be used), then cold and hot at each rate. */
    private void sweep(int followers, int warmupFollows, double[] rates) {
        List<UserId> warmupUsers = register(warmupFollows * 2);
        report(openLoop.run("warm", follows(warmupFollows,
                warmupUsers::get, i -> warmupUsers.get(warmupFollows + i)), rates[0]));
        for (double rate : rates) {
            List<UserId> users = register(followers * 2 + 1);
            List<UserId> coldFollowers = users.subList(0, followers);
            List<UserId> coldTargets = users.subList(followers, followers * 2);
            UserId hotTarget = users.get(followers * 2);
            LatencySummary cold = report(openLoop.run("cold", follows(followers, coldFollowers::get, coldTargets::get), rate));
            LatencySummary hot = report(openLoop.run("hot", follows(followers, coldTargets::get, i -> hotTarget), rate));
            System.out.printf("RESULT at %.0f/s: hot/cold achieved = %.2f; hot p99 / cold p99 = %.2f%n",
                    rate, hot.achievedPerSecond() / cold.achievedPerSecond(), hot.p99Millis() / cold.p99Millis());
        }
    }

    private static LatencySummary report(LatencySummary result) {
        System.out.println("RESULT " + result.line());
        return result;
    }

    /** The requests as bytes, ready to write: building them is not part of what is measured. */
    private List<byte[]> follows(int count, IntFunction<UserId> follower, IntFunction<UserId> followed) {
        URI uri = URI.create(base);
        List<byte[]> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(("PUT /api/v1/me/following/" + followed.apply(i) + " HTTP/1.1\r\n"
                    + "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                    + "Authorization: Bearer " + tokens.mint(follower.apply(i), false, TOKEN_LIFETIME) + "\r\n"
                    + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
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
