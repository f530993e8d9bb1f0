package io.relations.bootstrap;

import io.relations.adapter.persistence.RelationsPersistence;
import io.relations.adapter.webhooks.HostResolver;
import io.relations.adapter.webhooks.JettyWebhookSender;
import io.relations.adapter.webhooks.WebhookSenderSettings;
import io.relations.application.service.WebhookAdministrationService;
import io.relations.application.service.WebhookDispatcher;
import io.relations.bootstrap.config.WebhookSettings;
import io.relations.cloudevents.ChangeCloudEvents;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;

/**
 * The webhooks of the service: the administrators' subscriptions, and the delivery of every
 * active one by a thread of its own (one round delivers each active subscription in log order,
 * then the next round starts at once if any delivered a full batch, else after a poll interval).
 * Closing stops the thread after its round, then the HTTP client. With
 * {@code RELATIONS_WEBHOOK_DELIVERIES=false} the process manages subscriptions but delivers nothing.
 */
final class Webhooks implements AutoCloseable {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);

    private final WebhookAdministrationService administration;
    private final JettyWebhookSender sender;
    private final Optional<ChangeRelayLoop> loop;

    private Webhooks(WebhookAdministrationService administration, JettyWebhookSender sender, Optional<ChangeRelayLoop> loop) {
        this.administration = administration;
        this.sender = sender;
        this.loop = loop;
    }

    static Webhooks start(WebhookSettings settings, RelationsPersistence persistence, ChangeCloudEvents cloudEvents, Clock clock) {
        WebhookAdministrationService administration = new WebhookAdministrationService(persistence.webhookSubscriptions(),
                persistence.deliveryAttempts(), persistence.consumerPositions(), persistence.changeLog(), persistence.idGenerator(),
                clock, new SecureRandom());
        JettyWebhookSender sender = new JettyWebhookSender(WebhookSenderSettings.defaults()
                .withAllowList(settings.allowList()).withTimeout(settings.timeout()), HostResolver.system());
        WebhookDispatcher dispatcher = new WebhookDispatcher(persistence.webhookSubscriptions(), persistence.deliveryAttempts(),
                persistence.consumerPositions(), persistence.changeLog(), sender, cloudEvents::toJson, persistence.idGenerator(),
                clock, settings.retry(), new Random(), WebhookDispatcher.DEFAULT_BATCH);
        // A round may wait on one attempt's timeout per subscription: stopping waits for the one under way.
        Duration stopTimeout = settings.timeout().plusSeconds(5);
        Optional<ChangeRelayLoop> loop = settings.deliver()
                ? Optional.of(new ChangeRelayLoop("relations-webhooks", dispatcher::dispatchOnce, WebhookDispatcher.DEFAULT_BATCH,
                        POLL_INTERVAL, new RetryBackoff(FIRST_RETRY, LONGEST_RETRY, new Random()), () -> { }, stopTimeout).start())
                : Optional.empty();
        return new Webhooks(administration, sender, loop);
    }

    /** {@return the administrators' use cases of the subscriptions} */
    WebhookAdministrationService administration() {
        return administration;
    }

    @Override
    public void close() {
        try {
            loop.ifPresent(ChangeRelayLoop::close);
        } finally {
            sender.close();
        }
    }
}
