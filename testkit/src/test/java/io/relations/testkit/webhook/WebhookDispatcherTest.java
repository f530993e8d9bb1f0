package io.relations.testkit.webhook;

import static io.relations.testkit.webhook.WebhookWorld.ALICE;
import static io.relations.testkit.webhook.WebhookWorld.BOB;
import static io.relations.testkit.webhook.WebhookWorld.CAROL;
import static io.relations.testkit.webhook.WebhookWorld.ENDPOINT;
import static io.relations.testkit.webhook.WebhookWorld.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.application.change.ChangeType;
import io.relations.application.change.LoggedChange;
import io.relations.application.change.PrivacyClass;
import io.relations.application.model.Outcome;
import io.relations.application.model.PageRequest;
import io.relations.application.port.out.ConsumerClaim;
import io.relations.application.webhook.DeliveryAttempt;
import io.relations.application.webhook.DeliveryResult;
import io.relations.application.webhook.RetryPolicy;
import io.relations.application.webhook.SubscriptionSettings;
import io.relations.application.webhook.SubscriptionState;
import io.relations.application.webhook.WebhookSecret;
import io.relations.application.webhook.WebhookSubscription;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookDispatcherTest {

    private final WebhookWorld world = new WebhookWorld();

    @Test
    void changes_are_delivered_in_log_order_each_once_with_the_change_id_as_message_id() {
        // given a subscription, then three changes
        WebhookSubscription subscription = world.subscribe();
        LoggedChange first = world.follow(ALICE, BOB);
        LoggedChange second = world.unfollow(ALICE, BOB);
        LoggedChange third = world.follow(BOB, CAROL);

        // when two rounds run
        int delivered = world.dispatcher.dispatchOnce();
        world.dispatcher.dispatchOnce();

        // then each change went once, in log order, and the position is past the last
        assertThat(delivered).isEqualTo(3);
        assertThat(world.sender.sentIds()).containsExactly(id(first), id(second), id(third));
        assertThat(world.sender.sent.get(0).endpoint()).isEqualTo(ENDPOINT.uri());
        assertThat(new String(world.sender.sent.get(0).body(), StandardCharsets.UTF_8)).startsWith(id(first));
        assertThat(world.positions.positions()).containsEntry(subscription.consumer(), third.position());
    }

    @Test
    void a_new_subscription_receives_only_what_happens_after_its_creation() {
        world.follow(ALICE, BOB);
        world.subscribe();
        LoggedChange after = world.follow(BOB, ALICE);

        world.dispatcher.dispatchOnce();

        assertThat(world.sender.sentIds()).containsExactly(id(after));
    }

    @Test
    void a_failure_ends_the_round_so_no_later_change_is_sent_before_the_failed_one_is_acknowledged() {
        // given two changes of one pair, and an endpoint that fails
        WebhookSubscription subscription = world.subscribe();
        LoggedChange first = world.follow(ALICE, BOB);
        LoggedChange second = world.unfollow(ALICE, BOB);
        world.sender.failing = true;

        // when rounds run, also after the retry is due
        world.dispatcher.dispatchOnce();
        world.clock.advance(Duration.ofMinutes(1));
        world.dispatcher.dispatchOnce();

        // then only the first was ever sent, and the position did not move
        assertThat(world.sender.sentIds()).containsExactly(id(first), id(first));
        assertThat(world.positions.positions()).containsEntry(subscription.consumer(), subscription.startAfter());

        // when the endpoint recovers, then the first goes again before the second, and the retry is gone
        world.sender.failing = false;
        world.clock.advance(Duration.ofMinutes(1));
        world.dispatcher.dispatchOnce();
        assertThat(world.sender.sentIds()).containsExactly(id(first), id(first), id(first), id(second));
        assertThat(world.current(subscription).retry()).isEmpty();
    }

    @Test
    void a_failed_change_is_retried_after_a_doubling_wait_within_its_jitter_bounds_and_not_before() {
        WebhookSubscription subscription = world.subscribe();
        world.follow(ALICE, BOB);
        world.sender.failing = true;

        Duration expected = RetryPolicy.DEFAULT.first();
        for (int failure = 1; failure <= 12; failure++) {
            // when an attempt fails
            Instant attemptAt = world.clock.instant();
            int sentBefore = world.sender.sent.size();
            world.dispatcher.dispatchOnce();
            assertThat(world.sender.sent).hasSize(sentBefore + 1);

            // then the next is due between half the capped doubling and all of it
            Instant next = world.current(subscription).retry().orElseThrow().nextAttemptAt();
            Duration wait = Duration.between(attemptAt, next);
            assertThat(wait).isBetween(expected.dividedBy(2), expected);
            assertThat(world.current(subscription).retry().orElseThrow().failedAttempts()).isEqualTo(failure);

            // and a round just before it sends nothing
            world.clock.set(next.minusMillis(1));
            world.dispatcher.dispatchOnce();
            assertThat(world.sender.sent).hasSize(sentBefore + 1);
            world.clock.set(next);
            expected = expected.multipliedBy(2).compareTo(RetryPolicy.DEFAULT.max()) > 0 ? RetryPolicy.DEFAULT.max() : expected.multipliedBy(2);
        }
        assertThat(world.webhooks.page(subscription.id(), PageRequest.first(100)).items())
                .hasSize(12)
                .allSatisfy(attempt -> {
                    assertThat(attempt.outcome()).isEqualTo(DeliveryResult.Outcome.REJECTED);
                    assertThat(attempt.status()).contains(503);
                    assertThat(attempt.nextAttemptAt()).isPresent();
                });
    }

    @Test
    void a_subscription_failing_for_longer_than_the_retry_window_is_paused_with_its_position_kept() {
        // given an endpoint that fails from the first attempt on
        WebhookSubscription subscription = world.subscribe();
        LoggedChange first = world.follow(ALICE, BOB);
        world.sender.failing = true;
        world.dispatcher.dispatchOnce();
        Instant failingSince = world.current(subscription).retry().orElseThrow().failingSince();

        // when rounds run whenever due, for a day and a little more
        for (int round = 0; round < 200 && world.current(subscription).state().isActive(); round++) {
            world.clock.set(world.current(subscription).retry().orElseThrow().nextAttemptAt());
            world.dispatcher.dispatchOnce();
        }

        // then it is paused as failing, after the window and not before, its position where it was
        WebhookSubscription paused = world.current(subscription);
        assertThat(paused.state()).isEqualTo(SubscriptionState.PAUSED_FAILING);
        assertThat(paused.retry()).isEmpty();
        assertThat(Duration.between(failingSince, world.clock.instant())).isBetween(Duration.ofDays(1), Duration.ofDays(1).plusHours(1));
        assertThat(world.positions.positions()).containsEntry(subscription.consumer(), subscription.startAfter());
        DeliveryAttempt last = world.webhooks.page(subscription.id(), PageRequest.first(1)).items().get(0);
        assertThat(last.changeId().toString()).isEqualTo(id(first));
        assertThat(last.nextAttemptAt()).isEmpty();

        // and a paused subscription is not delivered to
        int sent = world.sender.sent.size();
        world.clock.advance(Duration.ofDays(2));
        world.dispatcher.dispatchOnce();
        assertThat(world.sender.sent).hasSize(sent);
    }

    @Test
    void activating_a_paused_subscription_resumes_with_the_change_it_stopped_at() {
        // given a subscription paused by an administrator after one delivery, while two changes happen
        WebhookSubscription subscription = world.subscribe();
        LoggedChange delivered = world.follow(ALICE, BOB);
        world.dispatcher.dispatchOnce();
        world.administration.pauseWebhook(subscription.id());
        LoggedChange waiting = world.unfollow(ALICE, BOB);
        LoggedChange later = world.follow(CAROL, BOB);
        world.dispatcher.dispatchOnce();
        assertThat(world.sender.sentIds()).containsExactly(id(delivered));
        assertThat(world.current(subscription).state()).isEqualTo(SubscriptionState.PAUSED_BY_ADMINISTRATOR);

        // when it is activated
        world.administration.activateWebhook(subscription.id());
        world.dispatcher.dispatchOnce();

        // then it goes on with the first change it had not delivered
        assertThat(world.sender.sentIds()).containsExactly(id(delivered), id(waiting), id(later));
    }

    @Test
    void activation_after_a_pause_for_failing_retries_the_same_change_at_once() {
        WebhookSubscription subscription = world.subscribe();
        LoggedChange stuck = world.follow(ALICE, BOB);
        world.sender.failing = true;
        world.dispatcher.dispatchOnce();
        world.clock.advance(Duration.ofDays(2));
        world.dispatcher.dispatchOnce();
        assertThat(world.current(subscription).state()).isEqualTo(SubscriptionState.PAUSED_FAILING);

        world.sender.failing = false;
        world.administration.activateWebhook(subscription.id());
        world.dispatcher.dispatchOnce();

        assertThat(world.sender.sentIds()).containsExactly(id(stuck), id(stuck), id(stuck));
        assertThat(world.current(subscription).state()).isEqualTo(SubscriptionState.ACTIVE);
        assertThat(world.positions.positions()).containsEntry(subscription.consumer(), stuck.position());
    }

    @Test
    void a_replay_delivers_again_from_the_position_given() {
        WebhookSubscription subscription = world.subscribe();
        LoggedChange first = world.follow(ALICE, BOB);
        LoggedChange second = world.follow(BOB, ALICE);
        LoggedChange third = world.follow(CAROL, ALICE);
        world.dispatcher.dispatchOnce();

        Outcome<WebhookSubscription> replayed = world.administration.replayWebhook(subscription.id(), first.position());
        world.dispatcher.dispatchOnce();

        assertThat(replayed.isSuccess()).isTrue();
        assertThat(world.sender.sentIds()).containsExactly(id(first), id(second), id(third), id(second), id(third));
    }

    @Test
    void during_a_rotation_window_deliveries_are_signed_with_the_new_and_the_old_secret_then_with_the_new_alone() {
        // given a subscription whose secret was rotated
        WebhookSecret old = world.administration.createWebhook(SubscriptionSettings.everything(ENDPOINT)).secret();
        WebhookSubscription subscription = world.webhooks.list(PageRequest.first(1)).items().get(0);
        WebhookSecret rotated = world.administration.rotateWebhookSecret(subscription.id()).value().orElseThrow();

        // when a change goes out within the window, and one after it
        world.follow(ALICE, BOB);
        world.dispatcher.dispatchOnce();
        world.clock.advance(Duration.ofHours(24));
        world.follow(BOB, ALICE);
        world.dispatcher.dispatchOnce();

        // then
        assertThat(rotated).isNotEqualTo(old);
        assertThat(world.sender.sent.get(0).secrets()).containsExactly(rotated, old);
        assertThat(world.sender.sent.get(1).secrets()).containsExactly(rotated);
    }

    @Test
    void changes_the_subscription_may_not_see_move_its_position_without_a_delivery_and_private_fields_stay_out() {
        // given a subscription to blocks only, of the default classes
        WebhookSubscription subscription = world.administration.createWebhook(new SubscriptionSettings(
                ENDPOINT, Set.of(ChangeType.BLOCK_CREATED), PrivacyClass.defaults())).subscription();
        LoggedChange before = world.follow(ALICE, BOB);
        LoggedChange block = world.block(CAROL, BOB, "spam");
        LoggedChange unseen = world.follow(BOB, CAROL);

        // when a round runs
        world.dispatcher.dispatchOnce();

        // then the block went, without its reason, and the position passed the follow after it
        assertThat(world.sender.sentIds()).containsExactly(id(block));
        assertThat(new String(world.sender.sent.get(0).body(), StandardCharsets.UTF_8)).doesNotContain("spam").contains("blocker");
        assertThat(world.positions.positions()).containsEntry(subscription.consumer(), unseen.position());

        // and a subscription of the private class receives the reason
        world.administration.updateWebhook(subscription.id(), new SubscriptionSettings(
                ENDPOINT, Set.of(ChangeType.BLOCK_CREATED), EnumSet.allOf(PrivacyClass.class)));
        world.administration.replayWebhook(subscription.id(), before.position());
        world.dispatcher.dispatchOnce();
        assertThat(world.sender.sentIds()).containsExactly(id(block), id(block));
        assertThat(new String(world.sender.sent.get(1).body(), StandardCharsets.UTF_8)).contains("spam");
    }

    @Test
    void a_subscription_another_process_holds_is_left_alone() {
        WebhookSubscription subscription = world.subscribe();
        world.follow(ALICE, BOB);
        Optional<ConsumerClaim> elsewhere = world.positions.tryClaim(subscription.consumer(), subscription.startAfter());

        int delivered = world.dispatcher.dispatchOnce();

        assertThat(elsewhere).isPresent();
        assertThat(delivered).isZero();
        assertThat(world.sender.sent).isEmpty();
        elsewhere.get().close();
        assertThat(world.dispatcher.dispatchOnce()).isEqualTo(1);
    }

    @Test
    void every_attempt_is_recorded_with_its_change_position_outcome_and_next_attempt() {
        WebhookSubscription subscription = world.subscribe();
        LoggedChange change = world.follow(ALICE, BOB);
        world.sender.failing = true;
        world.dispatcher.dispatchOnce();
        world.sender.failing = false;
        world.clock.advance(Duration.ofMinutes(1));
        world.dispatcher.dispatchOnce();

        List<DeliveryAttempt> attempts = world.administration.listDeliveryAttempts(subscription.id(), PageRequest.first(10))
                .value().orElseThrow().items();

        assertThat(attempts).extracting(DeliveryAttempt::outcome)
                .containsExactly(DeliveryResult.Outcome.ACKNOWLEDGED, DeliveryResult.Outcome.REJECTED);
        assertThat(attempts).allSatisfy(attempt -> {
            assertThat(attempt.changeId()).isEqualTo(change.event().id());
            assertThat(attempt.position()).isEqualTo(change.position());
        });
        assertThat(attempts.get(0).nextAttemptAt()).isEmpty();
        assertThat(attempts.get(1).nextAttemptAt()).isPresent();
        assertThat(attempts.get(0).attemptedAt()).isAfter(attempts.get(1).attemptedAt());
    }

    @Test
    void the_backlog_counts_what_follows_the_kept_position_and_empties_once_delivered() {
        WebhookSubscription subscription = world.subscribe();
        LoggedChange first = world.follow(ALICE, BOB);
        world.follow(BOB, ALICE);

        assertThat(world.dispatcher.backlog(subscription, 100).changes()).isEqualTo(2);
        assertThat(world.dispatcher.backlog(subscription, 100).oldestWaiting()).contains(first.event().occurredAt());
        world.dispatcher.dispatchOnce();
        assertThat(world.dispatcher.backlog(subscription, 100).changes()).isZero();
    }
}
