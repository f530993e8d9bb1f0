package io.relations.testkit.webhook;

import static io.relations.testkit.webhook.WebhookWorld.ALICE;
import static io.relations.testkit.webhook.WebhookWorld.BOB;
import static io.relations.testkit.webhook.WebhookWorld.ENDPOINT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.application.change.ChangePosition;
import io.relations.application.change.ChangeType;
import io.relations.application.change.LoggedChange;
import io.relations.application.change.PrivacyClass;
import io.relations.application.model.Denial;
import io.relations.application.model.Outcome;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.application.webhook.CreatedSubscription;
import io.relations.application.webhook.SubscriptionSettings;
import io.relations.application.webhook.SubscriptionState;
import io.relations.application.webhook.WebhookEndpoint;
import io.relations.application.webhook.WebhookSubscription;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookAdministrationServiceTest {

    private static final UUID UNKNOWN = UUID.fromString("01900000-0000-7000-8000-0000000000ff");

    private final WebhookWorld world = new WebhookWorld();

    @Test
    void a_new_subscription_is_active_starts_at_the_latest_position_and_its_secret_is_the_stored_one() {
        LoggedChange before = world.follow(ALICE, BOB);

        CreatedSubscription created = world.administration.createWebhook(SubscriptionSettings.everything(ENDPOINT));

        WebhookSubscription subscription = created.subscription();
        assertThat(subscription.state()).isEqualTo(SubscriptionState.ACTIVE);
        assertThat(subscription.startAfter()).isEqualTo(before.position());
        assertThat(subscription.privacy()).isEqualTo(PrivacyClass.defaults());
        assertThat(subscription.eventTypes()).isEmpty();
        assertThat(world.webhooks.secrets(subscription.id()).orElseThrow().current()).isEqualTo(created.secret());
        assertThat(created.secret().reveal()).startsWith("whsec_");
        assertThat(created.toString()).doesNotContain(created.secret().reveal());
        assertThat(world.administration.getWebhook(subscription.id())).isEqualTo(Outcome.success(subscription));
    }

    @Test
    void every_use_case_on_an_unknown_id_is_denied_as_not_found() {
        SubscriptionSettings settings = SubscriptionSettings.everything(ENDPOINT);

        assertThat(List.of(
                world.administration.getWebhook(UNKNOWN).denial(),
                world.administration.updateWebhook(UNKNOWN, settings).denial(),
                world.administration.pauseWebhook(UNKNOWN).denial(),
                world.administration.activateWebhook(UNKNOWN).denial(),
                world.administration.rotateWebhookSecret(UNKNOWN).denial(),
                world.administration.replayWebhook(UNKNOWN, ChangePosition.START).denial(),
                world.administration.listDeliveryAttempts(UNKNOWN, PageRequest.first(10)).denial()))
                .containsOnly(Optional.of(Denial.SUBSCRIPTION_NOT_FOUND));
        assertThat(world.administration.deleteWebhook(UNKNOWN)).isFalse();
    }

    @Test
    void an_update_changes_what_it_receives_and_where_but_not_its_state_or_start() {
        WebhookSubscription subscription = world.subscribe();
        world.administration.pauseWebhook(subscription.id());
        world.clock.advance(Duration.ofSeconds(5));
        SubscriptionSettings settings = new SubscriptionSettings(WebhookEndpoint.parse("http://other.example:8080/in"),
                Set.of(ChangeType.FOLLOW_CREATED, ChangeType.BLOCK_CREATED), Set.of(PrivacyClass.PUBLIC));

        WebhookSubscription updated = world.administration.updateWebhook(subscription.id(), settings).value().orElseThrow();

        assertThat(updated.endpoint()).isEqualTo(settings.endpoint());
        assertThat(updated.eventTypes()).containsExactlyInAnyOrder(ChangeType.FOLLOW_CREATED, ChangeType.BLOCK_CREATED);
        assertThat(updated.privacy()).containsExactly(PrivacyClass.PUBLIC);
        assertThat(updated.state()).isEqualTo(SubscriptionState.PAUSED_BY_ADMINISTRATOR);
        assertThat(updated.startAfter()).isEqualTo(subscription.startAfter());
        assertThat(updated.updatedAt()).isAfter(subscription.updatedAt());
    }

    @Test
    void a_replay_to_a_position_retention_removed_is_denied_and_one_beyond_the_log_is_refused() {
        WebhookSubscription subscription = world.subscribe();
        LoggedChange first = world.follow(ALICE, BOB);
        LoggedChange second = world.follow(BOB, ALICE);
        world.log.removeOlderThan(Instant.MAX, first.position(), 1);

        assertThat(world.administration.replayWebhook(subscription.id(), ChangePosition.START))
                .isEqualTo(Outcome.denied(Denial.POSITION_EXPIRED));
        assertThat(world.administration.replayWebhook(subscription.id(), first.position()).isSuccess()).isTrue();
        assertThatThrownBy(() -> world.administration.replayWebhook(subscription.id(),
                new ChangePosition(second.position().transaction(), second.position().sequence() + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(world.positions.positions()).containsEntry(subscription.consumer(), first.position());
    }

    @Test
    void deleting_a_subscription_forgets_its_position_secrets_and_attempts() {
        WebhookSubscription subscription = world.subscribe();
        world.follow(ALICE, BOB);
        world.dispatcher.dispatchOnce();
        assertThat(world.positions.positions()).containsKey(subscription.consumer());

        assertThat(world.administration.deleteWebhook(subscription.id())).isTrue();

        assertThat(world.positions.positions()).doesNotContainKey(subscription.consumer());
        assertThat(world.webhooks.secrets(subscription.id())).isEmpty();
        assertThat(world.webhooks.page(subscription.id(), PageRequest.first(10)).items()).isEmpty();
        assertThat(world.administration.getWebhook(subscription.id()).denial()).contains(Denial.SUBSCRIPTION_NOT_FOUND);
    }

    @Test
    void the_list_pages_newest_first_and_reaches_every_subscription_once() {
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(world.subscribe().id());
            world.clock.advance(Duration.ofSeconds(1));
        }

        List<UUID> listed = new ArrayList<>();
        Page<WebhookSubscription> page = world.administration.listWebhooks(PageRequest.first(2));
        listed.addAll(page.items().stream().map(WebhookSubscription::id).toList());
        while (page.next().isPresent()) {
            page = world.administration.listWebhooks(PageRequest.after(page.next().get(), 2));
            listed.addAll(page.items().stream().map(WebhookSubscription::id).toList());
        }

        java.util.Collections.reverse(created);
        assertThat(listed).containsExactlyElementsOf(created);
    }
}
