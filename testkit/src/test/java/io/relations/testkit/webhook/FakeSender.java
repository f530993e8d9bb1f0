package io.relations.testkit.webhook;

import io.relations.application.port.out.WebhookSender;
import io.relations.application.webhook.DeliveryResult;
import io.relations.application.webhook.WebhookDelivery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Records every delivery and answers 204, or 503 while {@link #failing} is set. */
final class FakeSender implements WebhookSender {

    final List<WebhookDelivery> sent = new ArrayList<>();
    boolean failing;

    @Override
    public DeliveryResult send(WebhookDelivery delivery) {
        sent.add(delivery);
        return failing
                ? new DeliveryResult(DeliveryResult.Outcome.REJECTED, Optional.of(503), Duration.ofMillis(7))
                : new DeliveryResult(DeliveryResult.Outcome.ACKNOWLEDGED, Optional.of(204), Duration.ofMillis(3));
    }

    List<String> sentIds() {
        return sent.stream().map(WebhookDelivery::messageId).toList();
    }
}
