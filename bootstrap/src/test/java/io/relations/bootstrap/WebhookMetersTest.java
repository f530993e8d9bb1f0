package io.relations.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.search.Search;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.relations.bootstrap.testing.ApiClient;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.bootstrap.testing.Subscriptions;
import io.relations.bootstrap.testing.SharedService;
import io.relations.bootstrap.testing.WebhookReceiver;
import io.relations.domain.model.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The webhooks' delivery meters on the real service: a subscription's attempts and lag, its series
 * gone with it, and a bounded number of series however many subscriptions there are.
 */
@ExtendWith(SharedService.class)
class WebhookMetersTest {

    /** The meters refresh every two seconds, after a round: well within this. */
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String WEBHOOKS = "/api/v1/admin/webhooks";

    private final ServiceUnderTest service;
    private final ApiClient admin;
    private final PrometheusMeterRegistry meters;
    private WebhookReceiver receiver;

    WebhookMetersTest(ServiceUnderTest service) {
        this.service = service;
        this.admin = service.asAdmin();
        this.meters = service.meters();
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
    void a_subscriptions_acknowledged_attempts_and_caught_up_lag_show_and_its_series_go_when_it_is_deleted() {
        // given a subscription the meters have seen, which receives a follow
        String id = create("{\"url\": \"" + receiverUrl() + "\", \"event_types\": [\"follow.created\"]}");
        await("series of its own", () -> meters.find(WebhookMeters.LAG_CHANGES).tag(WebhookMeters.SUBSCRIPTION, id).gauge() != null);
        UserId alice = service.newUser();
        service.as(alice).put("/api/v1/me/following/" + service.newUser());

        // then its acknowledged attempt is counted and its lag comes to nothing
        await("an acknowledged attempt and no lag", () -> count(meters.find(WebhookMeters.ATTEMPTS)
                .tag(WebhookMeters.SUBSCRIPTION, id).tag("outcome", "acknowledged")) >= 1
                && value(meters.find(WebhookMeters.LAG_CHANGES).tag(WebhookMeters.SUBSCRIPTION, id)) == 0.0);
        assertThat(meters.find(WebhookMeters.LAG_SECONDS).tag(WebhookMeters.SUBSCRIPTION, id).gauge()).isNotNull();

        // and when it is deleted, its series go
        assertThat(admin.delete(WEBHOOKS + "/" + id).status()).isBetween(200, 299);
        await("no series of the deleted subscription", () -> meters.getMeters().stream()
                .noneMatch(meter -> id.equals(meter.getId().getTag(WebhookMeters.SUBSCRIPTION))));
    }

    @Test
    void past_the_tagged_subscriptions_the_others_share_one_series_and_paused_ones_are_counted() {
        // given more paused subscriptions than have series of their own
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < WebhookMeters.MAX_TAGGED + 2; i++) {
            String id = create("{\"url\": \"" + receiverUrl() + "\"}");
            assertThat(admin.post(WEBHOOKS + "/" + id + "/pause").status()).isBetween(200, 299);
            ids.add(id);
        }
        try {
            // then they are counted as paused, and the lag's series are at most the tagged ones and one other
            await("the paused subscriptions counted, the others' series shared", () ->
                    value(meters.find(WebhookMeters.PAUSED).tag("reason", "administrator")) >= ids.size()
                            && tags().contains(WebhookMeters.OTHER));
            assertThat(tags()).hasSizeLessThanOrEqualTo(WebhookMeters.MAX_TAGGED + 1);
        } finally {
            ids.forEach(id -> admin.delete(WEBHOOKS + "/" + id));
        }
    }

    private Set<String> tags() {
        return meters.find(WebhookMeters.LAG_CHANGES).gauges().stream().map(gauge -> gauge.getId().getTag(WebhookMeters.SUBSCRIPTION))
                .collect(Collectors.toSet());
    }

    private String create(String body) {
        return Subscriptions.create(admin, body).path("id").asText();
    }

    private static double count(Search search) {
        return search.counters().stream().mapToDouble(counter -> counter.count()).sum();
    }

    private static double value(Search search) {
        return search.gauges().stream().mapToDouble(gauge -> gauge.value()).findFirst().orElse(Double.NaN);
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + PATIENCE + ": " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
    }

    private String receiverUrl() {
        return receiver.url();
    }
}
