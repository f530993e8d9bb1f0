package io.relations.benchmarks.data;

import io.relations.adapter.rest.http.CursorCodec;
import io.relations.adapter.rest.http.CursorKeys;
import io.relations.adapter.rest.http.CursorScope;
import io.relations.application.model.PageCursor;
import io.relations.application.model.PageRequest;
import io.relations.benchmarks.BenchmarkTokens;
import io.relations.domain.model.UserId;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** The requests measured on every data set, all made by the subjects' caller with the API's default page size. */
final class Scenarios {

    static final String FOLLOWERS_FIRST_TOP = "followers, first page, most followed user";
    static final String FOLLOWERS_DEEP_TOP = "followers, page halfway (cursor), most followed user";
    static final String FOLLOWERS_FIRST_TYPICAL = "followers, first page, typical user";
    static final String FOLLOWING_FIRST_TOP = "following, first page, user following most";
    static final String FOLLOWING_DEEP_TOP = "following, page halfway (cursor), user following most";
    static final String STATS_CELEBRITY = "stats, celebrity";
    static final String STATS_TEN = "stats, user with 10 followers";
    static final String LOOKUP = "relationships?ids= 100 ids";

    private static final int PAGE = PageRequest.DEFAULT_LIMIT;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Scenarios() {
    }

    static List<Scenario> of(Subjects subjects, ServiceOnDataSet service) {
        UserId caller = UserId.of(subjects.caller().user());
        String token = service.tokenFor(caller);
        Requests requests = new Requests(service.baseUrl(), token);
        UserDegrees.Degree top = subjects.mostFollowed();
        UserDegrees.Degree typical = subjects.typical();
        UserDegrees.Degree following = subjects.mostFollowing();
        Subjects.LookupIds lookup = subjects.lookup();
        return List.of(
                new Scenario(FOLLOWERS_FIRST_TOP, String.format("%,d followers", top.followers()),
                        requests.get(followers(top.user())), Scenario.items(PAGE)),
                new Scenario(FOLLOWERS_DEEP_TOP, String.format("after row %,d of %,d", top.followers() / 2 + 1, top.followers()),
                        requests.get(followers(top.user()) + cursor(new CursorScope("followers", caller, UserId.of(top.user())), subjects.deepFollowers())), Scenario.items(PAGE)),
                new Scenario(FOLLOWERS_FIRST_TYPICAL, String.format("%,d followers (the median)", typical.followers()),
                        requests.get(followers(typical.user())), Scenario.items((int) Math.min(PAGE, typical.followers()))),
                new Scenario(FOLLOWING_FIRST_TOP, String.format("follows %,d", following.following()),
                        requests.get(following(following.user())), Scenario.items(PAGE)),
                new Scenario(FOLLOWING_DEEP_TOP, String.format("after row %,d of %,d", following.following() / 2 + 1, following.following()),
                        requests.get(following(following.user())
                                + cursor(new CursorScope("following", caller, UserId.of(following.user())), subjects.deepFollowing())), Scenario.items(PAGE)),
                new Scenario(STATS_CELEBRITY, String.format("%,d followers", subjects.celebrity().followers()),
                        requests.get(stats(subjects.celebrity().user())), Scenario.followers(subjects.celebrity().followers())),
                new Scenario(STATS_TEN, "10 followers",
                        requests.get(stats(subjects.tenFollowers().user())), Scenario.followers(subjects.tenFollowers().followers())),
                new Scenario(LOOKUP, String.format("%d followed, %d followers, %d unrelated", lookup.followedByCaller().size(),
                        lookup.followingCaller().size(), lookup.unrelated().size()),
                        requests.get("/api/v1/me/relationships?ids=" + lookup.all().stream().map(UUID::toString).collect(Collectors.joining(","))),
                        Scenario.relationships(lookup.followedByCaller().size(), lookup.followingCaller().size())));
    }

    private static String followers(UUID user) {
        return "/api/v1/users/" + user + "/followers";
    }

    private static String following(UUID user) {
        return "/api/v1/users/" + user + "/following";
    }

    private static String stats(UUID user) {
        return "/api/v1/users/" + user + "/stats";
    }

    /** Signed with the key {@link ServiceOnDataSet} gives the service, for the list the request names. */
    private static String cursor(CursorScope scope, PageCursor cursor) {
        CursorKeys keys = CursorKeys.of(List.of(Base64.getDecoder().decode(BenchmarkTokens.CURSOR_KEY)));
        return "?cursor=" + new CursorCodec(keys, Clock.systemUTC()).encode(scope, cursor);
    }

    /** GETs with the caller's token. */
    private record Requests(String baseUrl, String token) {
        HttpRequest get(String pathAndQuery) {
            return HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                    .GET()
                    .header("Authorization", "Bearer " + token)
                    .timeout(TIMEOUT)
                    .build();
        }
    }
}
