package io.relations.adapter.rest;

import static io.relations.adapter.rest.TestApi.newUser;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.domain.model.UserId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GracefulStopTest {

    @Test
    void stopping_lets_a_request_under_way_finish() throws Exception {
        TestApi api = TestApi.started();
        UserId me = newUser();
        String token = api.token(me);
        api.get("/api/v1/me/blocks", token);
        CountDownLatch gate = new CountDownLatch(1);
        api.useCases.gate = gate;

        CompletableFuture<HttpReply> underWay = CompletableFuture.supplyAsync(
                () -> api.send("PUT", "/api/v1/me/following/" + newUser(), token, null));
        assertThat(api.useCases.entered.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(api::close);
        Thread.sleep(300);
        boolean stoppedBeforeTheRequestEnded = stopping.isDone();
        gate.countDown();

        assertThat(underWay.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
        stopping.get(10, TimeUnit.SECONDS);
        assertThat(stoppedBeforeTheRequestEnded).as("stop waits for the request under way").isFalse();
    }

    @Test
    void stopping_ends_the_open_change_streams_long_before_their_longest_duration() throws Exception {
        TestApi api = TestApi.started();
        String token = api.token(newUser(), java.util.Set.of(io.relations.adapter.rest.auth.Scope.CHANGES_READ));
        EventStreamClient client = new EventStreamClient(api.port());
        CompletableFuture<EventStreamClient.Received> stream = CompletableFuture.supplyAsync(
                () -> client.read("/api/v1/changes/stream", java.util.Map.of("Authorization", "Bearer " + token), java.time.Duration.ofSeconds(30)));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (api.meters.get(RestApi.OPEN_CHANGE_STREAMS).gauge().value() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }

        long stopping = System.nanoTime();
        api.close();
        long stopTook = System.nanoTime() - stopping;

        assertThat(stream.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(ChangeFeedSettings.DEFAULT_MAX_STREAM_DURATION).isGreaterThan(java.time.Duration.ofMinutes(1));
        assertThat(java.time.Duration.ofNanos(stopTook)).isLessThan(RestApi.STOP_TIMEOUT);
    }
}
