package io.relations.bootstrap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.relations.application.change.ChangeBacklog;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.application.port.out.DeliveryAttempts;
import io.relations.application.port.out.WebhookSubscriptions;
import io.relations.application.service.WebhookDispatcher;
import io.relations.application.webhook.DeliveryAttempt;
import io.relations.application.webhook.DeliveryResult;
import io.relations.application.webhook.SubscriptionState;
import io.relations.application.webhook.WebhookSubscription;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The webhooks' delivery meters, as the Kafka stream has its own: per subscription its lag
 * ({@value #LAG_CHANGES}, {@value #LAG_SECONDS}, from {@link WebhookDispatcher#backlog}) and its
 * attempts ({@value #ATTEMPTS}, tagged with the outcome, a closed set: failures are the attempts
 * whose outcome is not {@code acknowledged}); and how many subscriptions are paused
 * ({@value #PAUSED}, by reason). The subscription tag is the id of at most
 * {@value #MAX_TAGGED} subscriptions, the first seen (oldest first); the others share the tag {@value #OTHER} (their
 * largest lag, their attempts together), so the series stay bounded however many an
 * administrator creates. A deleted subscription's series are removed. Gauges hold their values
 * strongly (Micrometer's default reference is weak: a collected value reads NaN).
 *
 * <p>{@link #refresh()} and the attempts' counting run on the delivery loop's thread.
 */
final class WebhookMeters {

    static final String LAG_CHANGES = "relations.webhooks.lag.changes";
    static final String LAG_SECONDS = "relations.webhooks.lag.seconds";
    static final String ATTEMPTS = "relations.webhooks.attempts";
    static final String PAUSED = "relations.webhooks.paused";
    static final String SUBSCRIPTION = "subscription";
    static final String OTHER = "other";
    /** How many subscriptions have series of their own. */
    static final int MAX_TAGGED = 25;
    /** How many subscriptions one refresh looks at, oldest first; past them the lag is not counted. */
    static final int MAX_LISTED = 1_000;
    /** The lag in changes is counted up to here: past it the gauge says "at least". */
    static final long LAG_CAP = 1_000_000;
    /** The backlog costs two reads per subscription: it is read at most this often. */
    static final Duration REFRESH_INTERVAL = Duration.ofSeconds(2);

    private final MeterRegistry meters;
    private final WebhookSubscriptions subscriptions;
    private final Clock clock;
    private final Map<String, Lag> lags = new LinkedHashMap<>();
    private final Map<SubscriptionState, AtomicLong> paused = new EnumMap<>(SubscriptionState.class);
    private final Set<String> tagged = new HashSet<>();
    private Optional<Instant> refreshedAt = Optional.empty();

    WebhookMeters(MeterRegistry meters, WebhookSubscriptions subscriptions, Clock clock) {
        this.meters = meters;
        this.subscriptions = subscriptions;
        this.clock = clock;
        for (SubscriptionState state : SubscriptionState.values()) {
            state.pauseReason().ifPresent(reason -> {
                AtomicLong count = new AtomicLong();
                paused.put(state, count);
                Gauge.builder(PAUSED, count, AtomicLong::get).strongReference(true).tag("reason", reason)
                        .description("Webhook subscriptions paused, by why (their changes are kept)").register(meters);
            });
        }
    }

    /** The attempts' store, counting each attempt under its subscription's tag and its outcome. */
    DeliveryAttempts counting(DeliveryAttempts attempts) {
        return new DeliveryAttempts() {
            @Override
            public void record(DeliveryAttempt attempt) {
                attempts.record(attempt);
                Counter.builder(ATTEMPTS).tag(SUBSCRIPTION, tagOf(attempt.subscription().toString()))
                        .tag("outcome", outcome(attempt.outcome()))
                        .description("Webhook delivery attempts, by outcome (all but acknowledged are failures)").register(meters)
                        .increment();
            }

            @Override
            public Page<DeliveryAttempt> page(UUID subscription, PageRequest request) {
                return attempts.page(subscription, request);
            }
        };
    }

    /** Refreshes the gauges from the dispatcher's backlogs unless the last refresh is recent. */
    void refreshIfDue(WebhookDispatcher dispatcher) {
        Instant now = clock.instant();
        if (refreshedAt.isEmpty() || !now.isBefore(refreshedAt.get().plus(REFRESH_INTERVAL))) {
            refresh(dispatcher);
            refreshedAt = Optional.of(now);
        }
    }

    /** Reads every subscription (up to {@value #MAX_LISTED}) and its backlog; removes the series of those gone. */
    void refresh(WebhookDispatcher dispatcher) {
        Instant now = clock.instant();
        List<WebhookSubscription> listed = listed();
        Set<String> ids = new HashSet<>();
        listed.forEach(subscription -> ids.add(subscription.id().toString()));
        // The deleted go first, so that their tags are free for the subscriptions listed now.
        for (String gone : new ArrayList<>(tagged)) {
            if (!ids.contains(gone)) {
                remove(gone);
            }
        }
        Map<SubscriptionState, Long> pausedNow = new EnumMap<>(SubscriptionState.class);
        Map<String, ChangeBacklog> backlogs = new LinkedHashMap<>();
        for (WebhookSubscription subscription : listed) {
            if (!subscription.state().isActive()) {
                pausedNow.merge(subscription.state(), 1L, Long::sum);
            }
            ChangeBacklog backlog = dispatcher.backlog(subscription, LAG_CAP);
            backlogs.merge(tagOf(subscription.id().toString()), backlog, WebhookMeters::larger);
        }
        paused.forEach((state, count) -> count.set(pausedNow.getOrDefault(state, 0L)));
        // The shared series, once no subscription is left beyond the tagged ones.
        for (String unused : new ArrayList<>(lags.keySet())) {
            if (!backlogs.containsKey(unused)) {
                remove(unused);
            }
        }
        backlogs.forEach((tag, backlog) -> lags.computeIfAbsent(tag, this::register).set(backlog, now));
    }

    private List<WebhookSubscription> listed() {
        List<WebhookSubscription> listed = new ArrayList<>();
        Page<WebhookSubscription> page = subscriptions.list(PageRequest.first(PageRequest.MAX_LIMIT));
        listed.addAll(page.items());
        while (page.next().isPresent() && listed.size() < MAX_LISTED) {
            page = subscriptions.list(PageRequest.after(page.next().get(), PageRequest.MAX_LIMIT));
            listed.addAll(page.items());
        }
        return listed;
    }

    /** The subscription's own tag while fewer than {@value #MAX_TAGGED} have one, else {@value #OTHER}. */
    private String tagOf(String id) {
        if (tagged.contains(id) || (tagged.size() < MAX_TAGGED && tagged.add(id))) {
            return id;
        }
        return OTHER;
    }

    /** A deleted subscription's series go, and its tag is free for another. */
    private void remove(String tag) {
        lags.remove(tag);
        List<Meter> series = new ArrayList<>();
        series.addAll(meters.find(LAG_CHANGES).tag(SUBSCRIPTION, tag).meters());
        series.addAll(meters.find(LAG_SECONDS).tag(SUBSCRIPTION, tag).meters());
        series.addAll(meters.find(ATTEMPTS).tag(SUBSCRIPTION, tag).meters());
        series.forEach(meters::remove);
        tagged.remove(tag);
    }

    private Lag register(String tag) {
        Lag lag = new Lag();
        Gauge.builder(LAG_CHANGES, lag.changes, AtomicLong::get).strongReference(true).tag(SUBSCRIPTION, tag)
                .description("Changes of the log a webhook subscription has not yet passed (counted up to a million)").register(meters);
        Gauge.builder(LAG_SECONDS, lag.seconds, AtomicLong::get).strongReference(true).tag(SUBSCRIPTION, tag)
                .description("How long the oldest change a webhook subscription has not yet passed has waited").baseUnit("seconds")
                .register(meters);
        return lag;
    }

    private static String outcome(DeliveryResult.Outcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT);
    }

    private static ChangeBacklog larger(ChangeBacklog one, ChangeBacklog other) {
        return one.changes() >= other.changes() ? one : other;
    }

    /** One series' values. */
    private static final class Lag {

        private final AtomicLong changes = new AtomicLong();
        private final AtomicLong seconds = new AtomicLong();

        void set(ChangeBacklog backlog, Instant now) {
            changes.set(backlog.changes());
            seconds.set(backlog.oldestWaiting().map(oldest -> Math.max(0, Duration.between(oldest, now).toSeconds())).orElse(0L));
        }
    }
}
