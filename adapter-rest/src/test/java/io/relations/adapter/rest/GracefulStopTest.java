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
}
