package io.relations.bootstrap.roundtrips;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.rest.HttpReply;
import io.relations.bootstrap.testing.ApiClient;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.domain.model.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The statements each query sends, once warm: Alice looks at Bob, who has more followers,
 * followings and connections than one page holds, and at her own lists, each as full. Every
 * query is answered {@link LoggedService#WARM_UP} times before one more is counted.
 */
@ExtendWith(StatementLoggingService.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryRoundTripsTest {

    private static final int CROWD = 100;
    /** One more than a page holds (20 by default), so that every list has a next page. */
    private static final int PER_LIST = 21;

    private final LoggedService logged;
    private final UserId alice;
    private final UserId bob;
    private final ApiClient asAlice;
    private final ApiClient asAdmin;
    private final List<UserId> crowd = new ArrayList<>();

    QueryRoundTripsTest(LoggedService logged) {
        this.logged = logged;
        ServiceUnderTest service = logged.service();
        this.alice = service.newUser();
        this.bob = service.newUser();
        this.asAlice = service.as(alice);
        this.asAdmin = service.asAdmin();
        ApiClient asBob = service.as(bob);
        for (int i = 0; i < CROWD; i++) {
            crowd.add(service.newUser());
        }
        for (int i = 0; i < PER_LIST; i++) {
            service.as(crowd.get(i)).put("/api/v1/me/following/" + bob);
            asBob.put("/api/v1/me/following/" + crowd.get(PER_LIST + i));
            UserId connection = crowd.get(2 * PER_LIST + i);
            service.as(connection).put("/api/v1/me/connections/" + bob);
            asBob.post("/api/v1/me/connection-requests/" + connection + "/accept");
            UserId other = crowd.get(3 * PER_LIST + i);
            asAlice.put("/api/v1/me/blocks/" + other, "{\"reason\":\"spam\"}");
            service.as(crowd.get(i)).put("/api/v1/me/connections/" + alice);
            asAlice.put("/api/v1/me/connections/" + crowd.get(PER_LIST + i));
            asAlice.put("/api/v1/me/following/" + crowd.get(2 * PER_LIST + i));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listPages")
    void a_list_page_costs_at_most_three_round_trips_begin_and_commit_included(String route, String path) {
        // given, when
        RoundTrips page = warmThenMeasure(route, () -> asAlice.get(path));

        // then
        assertThat(page.all()).as(page.listing()).isLessThanOrEqualTo(RoundTripBudgets.LIST_PAGE);
    }

    @Test
    void stats_cost_at_most_three_round_trips_begin_and_commit_included() {
        // given, when
        RoundTrips stats = warmThenMeasure("GET /api/v1/users/{id}/stats", () -> asAlice.get("/api/v1/users/" + bob + "/stats"));

        // then
        assertThat(stats.all()).as(stats.listing()).isLessThanOrEqualTo(RoundTripBudgets.STATS);
    }

    @Test
    void a_lookup_of_100_ids_costs_at_most_three_round_trips_begin_and_commit_included() {
        // given
        String ids = crowd.stream().map(UserId::toString).collect(Collectors.joining(","));

        // when
        RoundTrips lookup = warmThenMeasure("GET /api/v1/me/relationships?ids= (100 ids)",
                () -> asAlice.get("/api/v1/me/relationships?ids=" + ids));

        // then
        assertThat(lookup.all()).as(lookup.listing()).isLessThanOrEqualTo(RoundTripBudgets.LOOKUP_OF_100_IDS);
    }

    @Test
    void a_warm_followers_page_runs_every_statement_as_a_named_prepared_statement() {
        // given, when
        RoundTrips page = warmThenMeasure("GET /api/v1/users/{id}/followers", () -> asAlice.get("/api/v1/users/" + bob + "/followers"));

        // then
        assertThat(page.unprepared()).as(page.listing()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherQueries")
    void every_other_query_sends_no_more_statements_than_its_budget(String route, String path, int budget, boolean admin) {
        // given, when
        RoundTrips sent = warmThenMeasure(route, () -> (admin ? asAdmin : asAlice).get(path));

        // then
        assertThat(sent.all()).as(sent.listing()).isLessThanOrEqualTo(budget);
    }

    private RoundTrips warmThenMeasure(String route, Supplier<HttpReply> query) {
        return logged.warmThenMeasure(route, () -> { }, query);
    }

    Stream<Arguments> listPages() {
        String secondPage = asAlice.get("/api/v1/users/" + bob + "/followers").json().path("next_cursor").asText();
        return Stream.of(
                Arguments.of("GET /api/v1/users/{id}/followers", "/api/v1/users/" + bob + "/followers"),
                Arguments.of("GET /api/v1/users/{id}/followers?cursor=", "/api/v1/users/" + bob + "/followers?cursor=" + secondPage),
                Arguments.of("GET /api/v1/users/{id}/following", "/api/v1/users/" + bob + "/following"),
                Arguments.of("GET /api/v1/users/{id}/connections", "/api/v1/users/" + bob + "/connections"));
    }

    Stream<Arguments> otherQueries() {
        return Stream.of(
                Arguments.of("GET /api/v1/me/blocks", "/api/v1/me/blocks", RoundTripBudgets.BLOCK_LIST, false),
                Arguments.of("GET /api/v1/me/history?kind=follows", "/api/v1/me/history?kind=follows", RoundTripBudgets.HISTORY, false),
                Arguments.of("GET /api/v1/me/history?kind=connections", "/api/v1/me/history?kind=connections",
                        RoundTripBudgets.HISTORY, false),
                Arguments.of("GET /api/v1/me/history?kind=blocks", "/api/v1/me/history?kind=blocks", RoundTripBudgets.HISTORY, false),
                Arguments.of("GET /api/v1/me/connection-requests?direction=incoming", "/api/v1/me/connection-requests?direction=incoming",
                        RoundTripBudgets.CONNECTION_REQUESTS, false),
                Arguments.of("GET /api/v1/me/connection-requests?direction=outgoing", "/api/v1/me/connection-requests?direction=outgoing",
                        RoundTripBudgets.CONNECTION_REQUESTS, false),
                Arguments.of("GET /api/v1/admin/users/{id}/blocks", "/api/v1/admin/users/" + alice + "/blocks",
                        RoundTripBudgets.ADMIN_BLOCK_LIST, true),
                Arguments.of("GET /api/v1/admin/users/{id}/history?kind=blocks", "/api/v1/admin/users/" + alice + "/history?kind=blocks",
                        RoundTripBudgets.ADMIN_HISTORY, true),
                Arguments.of("GET /api/v1/admin/settings/connections_enabled", "/api/v1/admin/settings/connections_enabled",
                        RoundTripBudgets.CONNECTIONS_SWITCH_READ, true));
    }
}
