package io.relations.bootstrap;

import io.micrometer.core.instrument.MeterRegistry;
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
 * active one by a {@link DeliveryLoop} of its own (one round delivers each active subscription in
 * log order; the loop paces the rounds, less often while none finds anything), with its
 * {@link WebhookMeters}. Each round claims each subscription for itself and gives it up at its
 * end, so an administrator's replay or deletion never waits longer than one round. Closing stops
 * the loop after its round, then the HTTP client. With {@code RELATIONS_WEBHOOK_DELIVERIES=false}
 * the process manages subscriptions but delivers nothing (and has no delivery meters).
 */
final class Webhooks implements AutoCloseable {

    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);

    private final WebhookAdministrationService administration;
    private final JettyWebhookSender sender;
    private final Optional<DeliveryLoop> loop;

    private Webhooks(WebhookAdministrationService administration, JettyWebhookSender sender, Optional<DeliveryLoop> loop) {
        this.administration = administration;
        this.sender = sender;
        this.loop = loop;
    }

    static Webhooks start(WebhookSettings settings, RelationsPersistence persistence, ChangeCloudEvents cloudEvents,
                          MeterRegistry meters, Clock clock) {
        WebhookAdministrationService administration = new WebhookAdministrationService(persistence.webhookSubscriptions(),
                persistence.deliveryAttempts(), persistence.consumerPositions(), persistence.changeLog(), persistence.idGenerator(),
                clock, new SecureRandom());
        JettyWebhookSender sender = new JettyWebhookSender(WebhookSenderSettings.defaults()
                .withAllowList(settings.allowList()).withTimeout(settings.timeout()), HostResolver.system());
        Optional<DeliveryLoop> loop = settings.deliver()
                ? Optional.of(deliveries(settings, persistence, cloudEvents, sender, meters, clock).start())
                : Optional.empty();
        return new Webhooks(administration, sender, loop);
    }

    private static DeliveryLoop deliveries(WebhookSettings settings, RelationsPersistence persistence, ChangeCloudEvents cloudEvents,
                                           JettyWebhookSender sender, MeterRegistry meters, Clock clock) {
        WebhookMeters metered = new WebhookMeters(meters, persistence.webhookSubscriptions(), clock);
        WebhookDispatcher dispatcher = new WebhookDispatcher(persistence.webhookSubscriptions(),
                metered.counting(persistence.deliveryAttempts()), persistence.consumerPositions(), persistence.changeLog(), sender,
                cloudEvents::toJson, persistence.idGenerator(), clock, settings.retry(), new Random(), WebhookDispatcher.DEFAULT_BATCH);
        // A round may wait on one attempt's timeout per subscription: stopping waits for the one under way.
        Duration stopTimeout = settings.timeout().plusSeconds(5);
        // No claim outlives a round, so there is nothing to give up at the stop.
        return new DeliveryLoop("relations-webhooks", dispatcher::dispatchOnce, WebhookDispatcher.DEFAULT_BATCH, PollPacing.DEFAULT,
                new RetryBackoff(FIRST_RETRY, LONGEST_RETRY, new Random()), () -> metered.refreshIfDue(dispatcher), () -> { },
                stopTimeout);
    }

    /** {@return the administrators' use cases of the subscriptions} */
    WebhookAdministrationService administration() {
        return administration;
    }

    /** Lets the round under way finish (each subscription's position kept), then closes the HTTP client. */
    @Override
    public void close() {
        try {
            loop.ifPresent(DeliveryLoop::close);
        } finally {
            sender.close();
        }
    }
}
