package io.relations.adapter.persistence.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.adapter.persistence.support.RelationsOnPostgres;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.ChangeType;
import io.relations.application.change.PrivacyClass;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.application.port.out.DeliveryAttempts;
import io.relations.application.port.out.IdGenerator;
import io.relations.application.port.out.WebhookSubscriptions;
import io.relations.application.webhook.DeliveryAttempt;
import io.relations.application.webhook.DeliveryResult;
import io.relations.application.webhook.RetrySchedule;
import io.relations.application.webhook.SubscriptionSecrets;
import io.relations.application.webhook.SubscriptionSettings;
import io.relations.application.webhook.SubscriptionState;
import io.relations.application.webhook.WebhookEndpoint;
import io.relations.application.webhook.WebhookSecret;
import io.relations.application.webhook.WebhookSubscription;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import io.relations.adapter.persistence.RelationsPersistence;
import io.relations.adapter.persistence.SchemaManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Schema V5: webhook subscriptions, their secrets and their attempts on PostgreSQL. */
class WebhooksOnPostgresTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");
    private static final SecureRandom RANDOM = new SecureRandom();

    @RegisterExtension
    static final RelationsOnPostgres relations = RelationsOnPostgres.perTestClass(2);

    private final WebhookSubscriptions subscriptions = relations.persistence().webhookSubscriptions();
    private final DeliveryAttempts attempts = relations.persistence().deliveryAttempts();
    private final IdGenerator ids = relations.persistence().idGenerator();

    @Test
    void a_subscription_reads_back_as_it_was_stored_and_its_secret_only_through_secrets() {
        WebhookSubscription subscription = subscription(T0, Set.of(ChangeType.BLOCK_CREATED, ChangeType.FOLLOW_CREATED),
                EnumSet.allOf(PrivacyClass.class));
        WebhookSecret secret = WebhookSecret.generate(RANDOM);

        subscriptions.create(subscription, secret);

        assertThat(subscriptions.find(subscription.id())).contains(subscription);
        assertThat(subscriptions.secrets(subscription.id())).contains(SubscriptionSecrets.only(secret));
        assertThat(relations.sql().rows("select " + WebhookRows.COLUMNS + " from phoenix_kit_webhook_subscriptions where id = ?",
                subscription.id())).singleElement().asString().doesNotContain(secret.reveal());
        assertThat(subscriptions.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void each_write_changes_only_its_own_columns_and_a_change_of_state_drops_the_retry() {
        // given a failing subscription
        WebhookSubscription subscription = subscription(T0, Set.of(), PrivacyClass.defaults());
        subscriptions.create(subscription, WebhookSecret.generate(RANDOM));
        RetrySchedule retry = new RetrySchedule(T0.plusSeconds(1), 3, T0.plusSeconds(30));
        subscriptions.changeRetry(subscription.id(), Optional.of(retry), T0.plusSeconds(1));

        // when an administrator edits it, then its retry stays
        SubscriptionSettings settings = new SubscriptionSettings(WebhookEndpoint.parse("http://127.0.0.1:9/x?y=1"),
                Set.of(ChangeType.USER_DELETED), Set.of(PrivacyClass.PRIVATE));
        WebhookSubscription edited = subscriptions.changeSettings(subscription.id(), settings, T0.plusSeconds(2)).orElseThrow();
        assertThat(edited.endpoint()).isEqualTo(settings.endpoint());
        assertThat(edited.eventTypes()).containsExactly(ChangeType.USER_DELETED);
        assertThat(edited.privacy()).containsExactly(PrivacyClass.PRIVATE);
        assertThat(edited.retry()).contains(retry);
        assertThat(edited.updatedAt()).isEqualTo(T0.plusSeconds(2));

        // when it is paused, then the retry is gone and a late failure of the dispatcher changes nothing
        WebhookSubscription paused = subscriptions.changeState(subscription.id(), SubscriptionState.PAUSED_FAILING, T0.plusSeconds(3))
                .orElseThrow();
        subscriptions.changeRetry(subscription.id(), Optional.of(retry), T0.plusSeconds(4));
        assertThat(subscriptions.find(subscription.id())).contains(paused);
        assertThat(paused.state()).isEqualTo(SubscriptionState.PAUSED_FAILING);
        assertThat(paused.retry()).isEmpty();
        assertThat(subscriptions.active()).extracting(WebhookSubscription::id).doesNotContain(subscription.id());

        // when it is activated, then it is active without a retry
        WebhookSubscription active = subscriptions.changeState(subscription.id(), SubscriptionState.ACTIVE, T0.plusSeconds(5)).orElseThrow();
        assertThat(active.retry()).isEmpty();
        assertThat(subscriptions.active()).extracting(WebhookSubscription::id).contains(subscription.id());
        assertThat(subscriptions.changeState(UUID.randomUUID(), SubscriptionState.ACTIVE, T0)).isEmpty();
    }

    @Test
    void a_rotation_keeps_the_previous_secret_beside_the_new_one_until_its_window_ends() {
        WebhookSubscription subscription = subscription(T0, Set.of(), PrivacyClass.defaults());
        WebhookSecret first = WebhookSecret.generate(RANDOM);
        WebhookSecret second = WebhookSecret.generate(RANDOM);
        subscriptions.create(subscription, first);

        assertThat(subscriptions.rotateSecret(subscription.id(), second, T0.plus(Duration.ofHours(24)), T0.plusSeconds(1))).isTrue();

        SubscriptionSecrets secrets = subscriptions.secrets(subscription.id()).orElseThrow();
        assertThat(secrets.signingAt(T0.plusSeconds(2))).containsExactly(second, first);
        assertThat(secrets.signingAt(T0.plus(Duration.ofHours(24)))).containsExactly(second);
        assertThat(subscriptions.rotateSecret(UUID.randomUUID(), second, T0, T0)).isFalse();
    }

    @Test
    void the_list_pages_newest_first_through_every_subscription() {
        Instant base = Instant.parse("2030-01-01T00:00:00Z");
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            WebhookSubscription subscription = subscription(base.plusSeconds(i), Set.of(), PrivacyClass.defaults());
            subscriptions.create(subscription, WebhookSecret.generate(RANDOM));
            created.add(0, subscription.id());
        }

        List<UUID> listed = new ArrayList<>();
        Page<WebhookSubscription> page = subscriptions.list(PageRequest.first(2));
        listed.addAll(page.items().stream().map(WebhookSubscription::id).toList());
        for (int pages = 0; pages < 2; pages++) {
            page = subscriptions.list(PageRequest.after(page.next().orElseThrow(), 2));
            listed.addAll(page.items().stream().map(WebhookSubscription::id).toList());
        }

        assertThat(listed.subList(0, 5)).containsExactlyElementsOf(created);
    }

    @Test
    void attempts_page_newest_first_and_only_the_newest_thousand_of_a_subscription_are_kept() {
        // given more attempts than are kept
        WebhookSubscription subscription = subscription(T0, Set.of(), PrivacyClass.defaults());
        subscriptions.create(subscription, WebhookSecret.generate(RANDOM));
        int recorded = DeliveryAttempts.KEPT_PER_SUBSCRIPTION + 5;
        for (int i = 0; i < recorded; i++) {
            attempts.record(attempt(subscription.id(), T0.plusMillis(i), i % 2 == 0));
        }

        // when they are read page by page
        List<DeliveryAttempt> read = new ArrayList<>();
        Page<DeliveryAttempt> page = attempts.page(subscription.id(), PageRequest.first(100));
        read.addAll(page.items());
        for (int pages = 0; pages < 20 && page.next().isPresent(); pages++) {
            page = attempts.page(subscription.id(), PageRequest.after(page.next().get(), 100));
            read.addAll(page.items());
        }

        // then the newest thousand are there, newest first, each as recorded
        assertThat(read).hasSize(DeliveryAttempts.KEPT_PER_SUBSCRIPTION);
        assertThat(read.get(0).attemptedAt()).isEqualTo(T0.plusMillis(recorded - 1));
        assertThat(read.get(read.size() - 1).attemptedAt()).isEqualTo(T0.plusMillis(5));
        DeliveryAttempt failed = read.stream().filter(attempt -> !attempt.outcome().equals(DeliveryResult.Outcome.ACKNOWLEDGED))
                .findFirst().orElseThrow();
        assertThat(failed.status()).isEmpty();
        assertThat(failed.nextAttemptAt()).contains(failed.attemptedAt().plusSeconds(5));
        assertThat(failed.took()).isEqualTo(Duration.ofMillis(1500));
        assertThat(failed.position()).isEqualTo(new ChangePosition(7, 9));
    }

    @Test
    void deleting_a_subscription_deletes_its_secrets_and_attempts_and_later_attempts_are_not_recorded() {
        WebhookSubscription subscription = subscription(T0, Set.of(), PrivacyClass.defaults());
        subscriptions.create(subscription, WebhookSecret.generate(RANDOM));
        attempts.record(attempt(subscription.id(), T0, true));

        assertThat(subscriptions.delete(subscription.id())).isTrue();
        attempts.record(attempt(subscription.id(), T0.plusSeconds(1), true));

        assertThat(subscriptions.delete(subscription.id())).isFalse();
        assertThat(subscriptions.secrets(subscription.id())).isEmpty();
        assertThat(relations.sql().count("select count(*) from phoenix_kit_webhook_attempts where subscription_id = ?", subscription.id()))
                .isZero();
    }

    @Test
    void with_a_key_secrets_are_sealed_at_rest_bound_to_their_subscription_and_plain_ones_still_read() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        byte[] otherKey = new byte[32];
        RANDOM.nextBytes(otherKey);
        try (RelationsPersistence sealed = keyed(key); RelationsPersistence wrongKey = keyed(otherKey)) {
            // given a subscription stored plain before the key was set, and one stored with the key
            WebhookSubscription before = subscription(T0, Set.of(), PrivacyClass.defaults());
            WebhookSecret plainSecret = WebhookSecret.generate(RANDOM);
            subscriptions.create(before, plainSecret);
            WebhookSubscription after = subscription(T0, Set.of(), PrivacyClass.defaults());
            WebhookSecret sealedSecret = WebhookSecret.generate(RANDOM);
            sealed.webhookSubscriptions().create(after, sealedSecret);

            // then the column holds no secret, the key opens it, and nothing else does
            String column = relations.sql().rows("select current_secret from phoenix_kit_webhook_secrets where subscription_id = ?",
                    after.id()).get(0);
            assertThat(column).startsWith("aesgcm:").doesNotContain(sealedSecret.reveal().substring(6));
            assertThat(sealed.webhookSubscriptions().secrets(after.id())).contains(SubscriptionSecrets.only(sealedSecret));
            assertThatThrownBy(() -> subscriptions.secrets(after.id())).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> wrongKey.webhookSubscriptions().secrets(after.id())).isInstanceOf(IllegalStateException.class);

            // and a plain secret reads with the key, and is sealed at its rotation
            assertThat(sealed.webhookSubscriptions().secrets(before.id())).contains(SubscriptionSecrets.only(plainSecret));
            WebhookSecret rotated = WebhookSecret.generate(RANDOM);
            sealed.webhookSubscriptions().rotateSecret(before.id(), rotated, T0.plusSeconds(60), T0);
            assertThat(sealed.webhookSubscriptions().secrets(before.id()).orElseThrow().signingAt(T0)).containsExactly(rotated, plainSecret);
            assertThat(relations.sql().rows("select current_secret from phoenix_kit_webhook_secrets where subscription_id = ?",
                    before.id()).get(0)).startsWith("aesgcm:");

            // and a sealed secret copied to another subscription does not open there
            relations.sql().execute("update phoenix_kit_webhook_secrets set current_secret = ? where subscription_id = ?", column, before.id());
            assertThatThrownBy(() -> sealed.webhookSubscriptions().secrets(before.id())).isInstanceOf(IllegalStateException.class);
        }
    }

    private static RelationsPersistence keyed(byte[] key) {
        return RelationsPersistence.builder(relations.dataSource()).schemaManagement(SchemaManagement.VALIDATE).webhookSecretKey(key).build();
    }

    private WebhookSubscription subscription(Instant at, Set<ChangeType> types, Set<PrivacyClass> classes) {
        return new WebhookSubscription(ids.newId(), WebhookEndpoint.parse("https://hooks.example/in"), types, classes,
                SubscriptionState.ACTIVE, Optional.empty(), new ChangePosition(1234, 56), at, at);
    }

    private DeliveryAttempt attempt(UUID subscription, Instant at, boolean acknowledged) {
        return acknowledged
                ? new DeliveryAttempt(ids.newId(), subscription, at, ids.newId(), new ChangePosition(7, 9),
                        DeliveryResult.Outcome.ACKNOWLEDGED, Optional.of(200), Duration.ofMillis(12), Optional.empty())
                : new DeliveryAttempt(ids.newId(), subscription, at, ids.newId(), new ChangePosition(7, 9),
                        DeliveryResult.Outcome.TIMED_OUT, Optional.empty(), Duration.ofMillis(1500), Optional.of(at.plusSeconds(5)));
    }
}
