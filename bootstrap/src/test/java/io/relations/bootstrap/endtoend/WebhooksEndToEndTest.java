package io.relations.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.relations.adapter.rest.HttpReply;
import io.relations.bootstrap.testing.ApiClient;
import io.relations.bootstrap.testing.ChangeFeed;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.bootstrap.testing.Subscriptions;
import io.relations.bootstrap.testing.SharedService;
import io.relations.bootstrap.testing.WebhookReceiver;
import io.relations.bootstrap.testing.WebhookReceiver.Delivery;
import io.relations.domain.model.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks of the real service: a subscription an administrator creates receives what commits
 * after it, signed as Standard Webhooks says with the secret answered once, on a receiver of the
 * test's own on 127.0.0.1 (the test services allow-list that address and no other); and every
 * administrators' route of the subscriptions answers.
 */
@ExtendWith(SharedService.class)
class WebhooksEndToEndTest {

    private static final Duration DELIVERED_WITHIN = Duration.ofSeconds(15);
    private static final String WEBHOOKS = "/api/v1/admin/webhooks";

    private final ServiceUnderTest service;
    private final ApiClient admin;
    private WebhookReceiver receiver;

    WebhooksEndToEndTest(ServiceUnderTest service) {
        this.service = service;
        this.admin = service.asAdmin();
    }

    @BeforeEach
    void startReceiver() {
        receiver = WebhookReceiver.start(Duration.ofSeconds(1));
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void a_subscription_receives_a_follow_signed_with_its_secret() throws Exception {
        UserId alice = service.newUser();
        UserId bob = service.newUser();
        JsonNode created = Subscriptions.create(admin, "{\"url\": \"" + receiverUrl() + "\", \"event_types\": [\"follow.created\"]}");
        String secret = created.path("secret").asText();
        String id = created.path("id").asText();

        service.as(alice).put("/api/v1/me/following/" + bob);

        Delivery delivery = awaitDelivery(alice);
        JsonNode event = new ObjectMapper().readTree(delivery.body());
        assertThat(event.path("type").asText()).isEqualTo("io.relations.follow.created.v1");
        assertThat(event.path("data").path("followed").asText()).isEqualTo(bob.toString());
        assertThat(delivery.id()).isEqualTo(event.path("id").asText());
        assertThat(delivery.signature()).isEqualTo("v1," + signature(secret, delivery));
        assertThat(admin.delete(WEBHOOKS + "/" + id).status()).isBetween(200, 299);
    }

    @Test
    void every_route_of_a_subscription_answers_an_administrator() {
        HttpReply created = admin.send("POST", WEBHOOKS, "{\"url\": \"" + receiverUrl() + "\"}");
        String id = created.json().path("id").asText();
        String one = WEBHOOKS + "/" + id;

        List<HttpReply> replies = List.of(
                admin.get(WEBHOOKS),
                admin.get(one),
                admin.send("PATCH", one, "{\"privacy_classes\": [\"public\"]}"),
                admin.post(one + "/pause"),
                admin.post(one + "/activate"),
                admin.post(one + "/rotate-secret"),
                admin.send("POST", one + "/replay", "{\"after\": \"" + ChangeFeed.end(admin) + "\"}"),
                admin.get(one + "/attempts"),
                admin.delete(one));

        assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).as("%s", reply).isBetween(200, 299));
        assertThat(replies.get(1).body()).doesNotContain("whsec_");
        assertThat(admin.unchecked().get(one).status()).isEqualTo(404);
    }

    private String receiverUrl() {
        return receiver.url();
    }

    private Delivery awaitDelivery(UserId follower) throws InterruptedException {
        long deadline = System.nanoTime() + DELIVERED_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            for (Delivery delivery : receiver.deliveries()) {
                if (new String(delivery.body(), StandardCharsets.UTF_8).contains("\"follower\":\"" + follower + "\"")) {
                    return delivery;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no delivery of the follow within " + DELIVERED_WITHIN + "; received " + receiver.deliveries().size());
    }

    /** Standard Webhooks: base64 of HMAC-SHA256 over id.timestamp.body, the key being the secret after whsec_. */
    private static String signature(String secret, Delivery delivery) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        mac.update((delivery.id() + "." + delivery.timestamp() + ".").getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(mac.doFinal(delivery.body()));
    }
}
