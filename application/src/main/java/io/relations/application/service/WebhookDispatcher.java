package io.relations.application.service;

import io.relations.application.change.ChangeBacklog;
import io.relations.application.change.ChangeEvent;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.LoggedChange;
import io.relations.application.change.VisibleChanges;
import io.relations.application.port.out.ChangeLog;
import io.relations.application.port.out.ConsumerClaim;
import io.relations.application.port.out.ConsumerPositions;
import io.relations.application.port.out.DeliveryAttempts;
import io.relations.application.port.out.IdGenerator;
import io.relations.application.port.out.WebhookBodies;
import io.relations.application.port.out.WebhookSender;
import io.relations.application.port.out.WebhookSubscriptions;
import io.relations.application.webhook.DeliveryAttempt;
import io.relations.application.webhook.DeliveryResult;
import io.relations.application.webhook.RetryPolicy;
import io.relations.application.webhook.RetrySchedule;
import io.relations.application.webhook.SubscriptionSecrets;
import io.relations.application.webhook.SubscriptionState;
import io.relations.application.webhook.WebhookDelivery;
import io.relations.application.webhook.WebhookSubscription;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Delivers the change log to every active webhook subscription, at least once and in log order.
 *
 * <p>A subscription is one consumer of the log ({@code webhook:<id>}), claimed for the round
 * ({@link ConsumerPositions#tryClaim}) so that no two processes deliver it side by side. Its
 * changes go out one at a time, in log order, and its position moves past a change only once the
 * endpoint acknowledged it; the first failure ends the subscription's round, so no change is ever
 * sent before the one before it was acknowledged. Since the log keeps the changes of one subject
 * (a pair) in commit order, every pair's changes arrive in order, acknowledged one by one. A
 * failure schedules the next attempt ({@link RetryPolicy}); a subscription that has failed for
 * longer than the policy's window is paused ({@link SubscriptionState#PAUSED_FAILING}) with its
 * position kept, so that nothing is dropped and an administrator's activation resumes with the
 * same change. Changes it may not see (another type, a privacy class it does not receive) move
 * its position without a delivery. Every attempt is recorded.
 *
 * <p>Not for more than one thread at a time; several processes may each run one.
 */
public final class WebhookDispatcher {

    /** How many changes one round reads per subscription, unless told otherwise. */
    public static final int DEFAULT_BATCH = 100;

    private final WebhookSubscriptions subscriptions;
    private final DeliveryAttempts attempts;
    private final ConsumerPositions positions;
    private final ChangeLog log;
    private final WebhookSender sender;
    private final WebhookBodies bodies;
    private final IdGenerator ids;
    private final Clock clock;
    private final RetryPolicy policy;
    private final RandomGenerator random;
    private final int batchSize;

    /**
     * A dispatcher.
     *
     * @param subscriptions the subscriptions
     * @param attempts      where attempts are recorded
     * @param positions     where each subscription stands in the log
     * @param log           the change log
     * @param sender        sends one signed request
     * @param bodies        a change's body, a CloudEvent in JSON
     * @param ids           ids of the attempts
     * @param clock         the time of every attempt and of the retry schedule
     * @param policy        when to retry, and when to give up and pause
     * @param random        the retry's jitter
     * @param batchSize     how many changes one round reads per subscription, 1 to {@value ChangeFeedService#MAX_LIMIT}
     * @throws NullPointerException     if any is null
     * @throws IllegalArgumentException if {@code batchSize} is out of range
     */
    public WebhookDispatcher(WebhookSubscriptions subscriptions, DeliveryAttempts attempts, ConsumerPositions positions, ChangeLog log,
                             WebhookSender sender, WebhookBodies bodies, IdGenerator ids, Clock clock, RetryPolicy policy,
                             RandomGenerator random, int batchSize) {
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.positions = Objects.requireNonNull(positions, "positions");
        this.log = Objects.requireNonNull(log, "log");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.random = Objects.requireNonNull(random, "random");
        if (batchSize < 1 || batchSize > ChangeFeedService.MAX_LIMIT) {
            throw new IllegalArgumentException("a dispatcher's batch is 1 to " + ChangeFeedService.MAX_LIMIT + " changes");
        }
        this.batchSize = batchSize;
    }

    /**
     * One round over every active subscription whose next attempt is due.
     *
     * @return how many changes were acknowledged in this round; 0 when nothing was due
     */
    public int dispatchOnce() {
        int delivered = 0;
        for (WebhookSubscription subscription : subscriptions.active()) {
            delivered += dispatch(subscription);
        }
        return delivered;
    }

    /**
     * One round for one subscription: nothing when it is not due or another process holds it.
     *
     * @param subscription the subscription, as the store answered it
     * @return how many changes were acknowledged
     */
    public int dispatch(WebhookSubscription subscription) {
        Optional<RetrySchedule> retry = subscription.retry();
        if (!subscription.state().isActive() || (retry.isPresent() && clock.instant().isBefore(retry.get().nextAttemptAt()))) {
            return 0;
        }
        Optional<ConsumerClaim> claimed = positions.tryClaim(subscription.consumer(), subscription.startAfter());
        if (claimed.isEmpty()) {
            return 0;
        }
        try (ConsumerClaim claim = claimed.get()) {
            List<LoggedChange> read = log.readAfter(claim.position(), batchSize, subscription.privacy());
            Round round = new Round(subscription, retry, claim);
            ChangePosition passed = VisibleChanges.inOrder(claim.position(), read, subscription::receives, round::deliver);
            // The changes after the last delivery that were not the subscription's.
            if (passed.isAfter(claim.position())) {
                claim.advance(passed);
            }
            return round.delivered;
        }
    }

    /** One subscription's round: its changes go out one at a time, each kept once acknowledged. */
    private final class Round {

        private final WebhookSubscription subscription;
        private final ConsumerClaim claim;
        private Optional<RetrySchedule> retry;
        private Optional<SubscriptionSecrets> secrets = Optional.empty();
        private int delivered;

        Round(WebhookSubscription subscription, Optional<RetrySchedule> retry, ConsumerClaim claim) {
            this.subscription = subscription;
            this.retry = retry;
            this.claim = claim;
        }

        /** Sends one change; answers whether it was acknowledged (false ends the round). */
        boolean deliver(LoggedChange change) {
            // Read once a change is to go out; empty when the subscription was deleted meanwhile.
            secrets = secrets.or(() -> subscriptions.secrets(subscription.id()));
            if (secrets.isEmpty() || !attempt(subscription, retry, change, secrets.get())) {
                return false;
            }
            // Kept before the next change is sent: after a crash, delivery resumes with the next one.
            claim.advance(change.position());
            retry = Optional.empty();
            delivered++;
            return true;
        }
    }

    /**
     * How far a subscription is behind the log, for the delivery metrics: the changes after its
     * kept position (those it will skip as not its own included), and since when the oldest waits.
     *
     * @param subscription the subscription
     * @param cap          count at most this many, 1 or more
     * @return its backlog; a subscription not yet dispatched counts from where it starts
     */
    public ChangeBacklog backlog(WebhookSubscription subscription, long cap) {
        ChangePosition position = positions.positions().getOrDefault(subscription.consumer(), subscription.startAfter());
        return log.backlogAfter(position, cap);
    }

    /** One attempt; records it and, after a failure, the retry or the pause. Answers whether it was acknowledged. */
    private boolean attempt(WebhookSubscription subscription, Optional<RetrySchedule> retry, LoggedChange change, SubscriptionSecrets secrets) {
        Instant at = clock.instant();
        ChangeEvent event = change.event();
        DeliveryResult result = sender.send(new WebhookDelivery(subscription.endpoint().uri(), event.id().toString(), at,
                bodies.bodyOf(change), secrets.signingAt(at)));
        Optional<Instant> next = Optional.empty();
        if (result.acknowledged()) {
            if (retry.isPresent()) {
                subscriptions.changeRetry(subscription.id(), Optional.empty(), at);
            }
        } else {
            int failures = retry.map(schedule -> schedule.failedAttempts() + 1).orElse(1);
            Instant since = retry.map(RetrySchedule::failingSince).orElse(at);
            if (Duration.between(since, at).compareTo(policy.window()) >= 0) {
                subscriptions.changeState(subscription.id(), SubscriptionState.PAUSED_FAILING, at);
            } else {
                next = Optional.of(at.plus(policy.delayAfter(failures, random)));
                subscriptions.changeRetry(subscription.id(), Optional.of(new RetrySchedule(since, failures, next.get())), at);
            }
        }
        attempts.record(new DeliveryAttempt(ids.newId(), subscription.id(), at, event.id(), change.position(), result.outcome(),
                result.status(), result.took(), next));
        return result.acknowledged();
    }
}
