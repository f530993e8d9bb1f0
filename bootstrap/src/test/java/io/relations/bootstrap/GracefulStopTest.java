package io.relations.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import io.relations.application.change.ChangePosition;
import io.relations.bootstrap.testing.LoggedMessages;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.bootstrap.testing.Subscriptions;
import io.relations.bootstrap.testing.WebhookReceiver;
import io.relations.domain.model.UserId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A graceful stop of the real service while a webhook delivery is in flight: the stop waits for
 * it, the position moves past the change the receiver acknowledged, and the stop is logged.
 */
class GracefulStopTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Test
    void stopping_the_service_finishes_the_delivery_in_flight_keeps_its_position_and_logs_the_stop() throws Exception {
        // given a receiver that holds the first delivery until the test lets it answer
        WebhookReceiver receiver = WebhookReceiver.start(PATIENCE);
        receiver.answer(WebhookReceiver.Mode.HOLD);
        LoggedMessages messages = LoggedMessages.of(DeliveryLoop.class, Level.INFO);
        ServiceUnderTest service = ServiceUnderTest.start();
        AtomicBoolean stopped = new AtomicBoolean();
        try {
            String id = subscribe(service, receiver.url());
            UserId alice = service.newUser();
            service.as(alice).put("/api/v1/me/following/" + service.newUser());
            assertThat(receiver.awaitHeld(PATIENCE)).as("a delivery in flight").isTrue();

            // when the service is stopped while the delivery is in flight, which then is acknowledged
            Thread stopper = new Thread(() -> {
                stopped.set(true);
                service.close();
            }, "test-stopper");
            stopper.start();
            Thread.sleep(200);
            boolean stopWaitedForTheDelivery = stopper.isAlive();
            receiver.release();
            stopper.join(PATIENCE.toMillis());

            // then the stop waited for it, its position is past the acknowledged change, and the stop is logged
            assertThat(stopper.isAlive()).as("the stop ended").isFalse();
            assertThat(stopWaitedForTheDelivery).isTrue();
            assertThat(receiver.deliveries()).hasSize(1);
            List<String> acknowledged = acknowledgedPositions(service, id);
            assertThat(acknowledged).hasSize(1);
            assertThat(keptPosition(service, id)).isEqualTo(ChangePosition.parse(acknowledged.get(0)));
            assertThat(messages.formatted())
                    .anySatisfy(line -> assertThat(line).startsWith("relations-webhooks: stopped in"));
        } finally {
            receiver.release();
            if (!stopped.get()) {
                service.close();
            }
            receiver.close();
            messages.close();
        }
    }

    private static String subscribe(ServiceUnderTest service, String url) {
        return Subscriptions.create(service.asAdmin(), "{\"url\": \"" + url + "\", \"event_types\": [\"follow.created\"]}").path("id").asText();
    }

    private static List<String> acknowledgedPositions(ServiceUnderTest service, String id) throws Exception {
        try (Connection connection = service.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select position from phoenix_kit_webhook_attempts where subscription_id = cast(? as uuid) and outcome = 'acknowledged'")) {
            select.setString(1, id);
            List<String> positions = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    positions.add(rows.getString(1));
                }
            }
            return positions;
        }
    }

    private static ChangePosition keptPosition(ServiceUnderTest service, String id) throws Exception {
        try (Connection connection = service.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select cast(transaction_id as text), sequence_id from phoenix_kit_change_consumers where name = ?")) {
            select.setString(1, "webhook:" + id);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).as("a kept position").isTrue();
                return new ChangePosition(Long.parseLong(rows.getString(1)), rows.getLong(2));
            }
        }
    }
}
