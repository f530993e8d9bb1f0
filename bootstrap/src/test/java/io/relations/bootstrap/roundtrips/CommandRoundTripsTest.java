package io.relations.bootstrap.roundtrips;

import static io.relations.bootstrap.roundtrips.RoundTripBudgets.FOLLOW_BESIDES_BEGIN_AND_COMMIT;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.rest.HttpReply;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The statements each command sends, once warm, between Alice and Bob: each test repeats the
 * command after its "given" {@link LoggedService#WARM_UP} times, then counts one more.
 */
@ExtendWith(StatementLoggingService.class)
class CommandRoundTripsTest {

    private final LoggedService logged;
    private final Pair pair;

    CommandRoundTripsTest(LoggedService logged) {
        this.logged = logged;
        this.pair = Pair.registered(logged.service());
    }

    @Test
    void a_follow_sends_at_most_seven_statements_besides_begin_and_commit() {
        // given Alice does not follow Bob, on a warm service; when she follows him
        RoundTrips follow = warmFollow();

        // then
        assertThat(follow.besidesBeginAndCommit()).as(follow.listing()).isLessThanOrEqualTo(FOLLOW_BESIDES_BEGIN_AND_COMMIT);
    }

    @Test
    void a_warm_follow_runs_every_statement_as_a_named_prepared_statement() {
        // given, when
        RoundTrips follow = warmFollow();

        // then
        assertThat(follow.unprepared()).as(follow.listing()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherCommands")
    void every_other_command_sends_no_more_statements_than_its_budget(
            String route, int budget, Consumer<Pair> given, Function<Pair, HttpReply> command) {
        // given, when
        RoundTrips sent = logged.warmThenMeasure(route, () -> given.accept(pair), () -> command.apply(pair));

        // then
        assertThat(sent.all()).as(sent.listing()).isLessThanOrEqualTo(budget);
    }

    private RoundTrips warmFollow() {
        return logged.warmThenMeasure("PUT /api/v1/me/following/{id}", pair::unfollow, pair::follow);
    }

    static Stream<Arguments> otherCommands() {
        return Stream.of(
                command("PUT /api/v1/me/following/{id} (already following)", RoundTripBudgets.FOLLOW_ALREADY_FOLLOWING,
                        Pair::follow, Pair::follow),
                command("DELETE /api/v1/me/following/{id}", RoundTripBudgets.UNFOLLOW, Pair::follow, Pair::unfollow),
                command("DELETE /api/v1/me/followers/{id}", RoundTripBudgets.REMOVE_FOLLOWER, Pair::bobFollows, Pair::removeFollower),
                command("PUT /api/v1/me/connections/{id}", RoundTripBudgets.REQUEST_CONNECTION,
                        Pair::disconnect, Pair::requestConnection),
                command("DELETE /api/v1/me/connections/{id} (withdraw the request)", RoundTripBudgets.WITHDRAW_REQUEST,
                        Pair::requestConnection, Pair::disconnect),
                command("POST /api/v1/me/connection-requests/{id}/accept", RoundTripBudgets.ACCEPT,
                        pair -> {
                            pair.disconnect();
                            pair.bobRequestsConnection();
                        }, Pair::accept),
                command("POST /api/v1/me/connection-requests/{id}/reject", RoundTripBudgets.REJECT,
                        Pair::bobRequestsConnection, Pair::reject),
                command("DELETE /api/v1/me/connections/{id} (remove the connection)", RoundTripBudgets.REMOVE_CONNECTION,
                        pair -> {
                            pair.bobRequestsConnection();
                            pair.accept();
                        }, Pair::disconnect),
                command("PUT /api/v1/me/blocks/{id}", RoundTripBudgets.BLOCK,
                        pair -> {
                            pair.unblock();
                            pair.follow();
                            pair.bobFollows();
                        }, Pair::block),
                command("DELETE /api/v1/me/blocks/{id}", RoundTripBudgets.UNBLOCK, Pair::block, Pair::unblock),
                command("PUT /api/v1/admin/users/{id}", RoundTripBudgets.REGISTER_USER, pair -> { }, Pair::registerSomeone),
                command("DELETE /api/v1/admin/users/{id}", RoundTripBudgets.DELETE_USER, Pair::registerSomeone, Pair::deleteSomeone),
                command("PUT /api/v1/admin/settings/connections_enabled", RoundTripBudgets.SWITCH_CONNECTIONS,
                        pair -> { }, Pair::switchConnectionsOn));
    }

    private static Arguments command(String route, int budget, Consumer<Pair> given, Function<Pair, HttpReply> command) {
        return Arguments.of(route, budget, given, command);
    }
}
