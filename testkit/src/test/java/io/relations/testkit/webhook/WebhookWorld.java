package io.relations.testkit.webhook;

import io.relations.application.change.ChangeEvent;
import io.relations.application.change.ChangeSubject;
import io.relations.application.change.ChangeType;
import io.relations.application.change.LoggedChange;
import io.relations.application.service.WebhookAdministrationService;
import io.relations.application.service.WebhookDispatcher;
import io.relations.application.webhook.RetryPolicy;
import io.relations.application.webhook.SubscriptionSettings;
import io.relations.application.webhook.WebhookEndpoint;
import io.relations.application.webhook.WebhookSubscription;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import io.relations.testkit.memory.InMemoryChangeLog;
import io.relations.testkit.memory.InMemoryConsumerPositions;
import io.relations.testkit.memory.InMemoryWebhooks;
import io.relations.testkit.memory.SequentialIds;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** The webhook services on in-memory ports, a log of their own the test appends to, a fake sender and a clock the test moves. */
final class WebhookWorld {

    static final UserId ALICE = UserId.parse("01900000-0000-7000-8000-000000000001");
    static final UserId BOB = UserId.parse("01900000-0000-7000-8000-000000000002");
    static final UserId CAROL = UserId.parse("01900000-0000-7000-8000-000000000003");
    static final WebhookEndpoint ENDPOINT = WebhookEndpoint.parse("https://hooks.example/relations");

    final SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));
    final InMemoryChangeLog log = new InMemoryChangeLog();
    final InMemoryConsumerPositions positions = new InMemoryConsumerPositions();
    final InMemoryWebhooks webhooks = new InMemoryWebhooks();
    final FakeSender sender = new FakeSender();
    final SequentialIds ids = new SequentialIds();
    private final SequentialIds changeIds = new SequentialIds();

    final WebhookAdministrationService administration = new WebhookAdministrationService(
            webhooks, webhooks, positions, log, ids, clock, new SecureRandom());
    final WebhookDispatcher dispatcher = new WebhookDispatcher(webhooks, webhooks, positions, log, sender,
            change -> (change.event().id() + " " + change.event().data()).getBytes(StandardCharsets.UTF_8),
            ids, clock, RetryPolicy.DEFAULT, new Random(13), WebhookDispatcher.DEFAULT_BATCH);

    WebhookSubscription subscribe() {
        return administration.createWebhook(SubscriptionSettings.everything(ENDPOINT)).subscription();
    }

    WebhookSubscription current(WebhookSubscription subscription) {
        return webhooks.find(subscription.id()).orElseThrow();
    }

    LoggedChange follow(UserId follower, UserId followed) {
        return append(event(ChangeType.FOLLOW_CREATED, follower, followed, fields("follower", follower, "followed", followed)));
    }

    LoggedChange unfollow(UserId follower, UserId followed) {
        return append(event(ChangeType.FOLLOW_REMOVED, follower, followed, fields("follower", follower, "followed", followed)));
    }

    LoggedChange block(UserId blocker, UserId blocked, String reason) {
        Map<String, String> data = fields("blocker", blocker, "blocked", blocked);
        data.put("reason", reason);
        return append(event(ChangeType.BLOCK_CREATED, blocker, blocked, data));
    }

    /** A change committed in a transaction of its own. */
    private LoggedChange append(ChangeEvent event) {
        return log.append(List.of(event)).get(0);
    }

    static String id(LoggedChange change) {
        return change.event().id().toString();
    }

    private ChangeEvent event(ChangeType type, UserId actor, UserId other, Map<String, String> data) {
        UUID id = changeIds.newId();
        return new ChangeEvent(id, type, ChangeSubject.of(UserPair.of(actor, other)), actor, clock.instant(), data);
    }

    private static Map<String, String> fields(String first, UserId one, String second, UserId other) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put(first, one.toString());
        data.put(second, other.toString());
        return data;
    }
}
