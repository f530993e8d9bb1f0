package io.relations.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.relations.adapter.kafka.testing.KafkaBroker;
import io.relations.adapter.kafka.testing.TopicReader;
import io.relations.adapter.persistence.check.InvariantChecker;
import io.relations.adapter.persistence.testing.FileTrees;
import io.relations.adapter.persistence.testing.TestDatabases;
import io.relations.application.change.ChangePosition;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.bootstrap.testing.WebhookReceiver;
import io.relations.embedded.postgres.ConnectionInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue 13's fault run: the packaged jar, forked, delivers its change log to a webhook of the
 * test's own and to a Kafka topic while a storm of commands runs, and meanwhile, in this order and
 * overlapping, the receiver answers 500 and then hangs past the timeout, the broker is killed and
 * started again, and the service is killed with SIGKILL and started again; then it is stopped
 * gracefully (SIGTERM), started once more, and left to drain. Judged against PostgreSQL, not
 * against what clients were answered: every committed change reached both at least once, in order
 * per subject, nothing else did, every signature verifies, and the invariants hold.
 *
 * <p>Runs under failsafe only (it needs the jar of the package phase, named in
 * {@value ForkedService#JAR_PROPERTY}); {@code -Drelations.reliability=long} makes it longer.
 */
@EnabledIfSystemProperty(named = ForkedService.JAR_PROPERTY, matches = ".+")
class ChangeDeliveryUnderFaultsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int USERS = Volumes.fastOrLong(12, 40);
    private static final int THREADS = 4;
    private static final int PER_THREAD = Volumes.fastOrLong(5_000, 200_000);
    private static final Duration STORM_AT_MOST = Duration.ofSeconds(Volumes.fastOrLong(60, 900));
    /** How long each fault lasts: the receiver's 500s, then its hanging, the broker away. */
    private static final Duration FAULT = Duration.ofSeconds(Volumes.fastOrLong(2, 15));
    private static final int KILLS = Volumes.fastOrLong(1, 3);
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(500);
    private static final Duration STOPS_WITHIN = Duration.ofSeconds(30);
    private static final Duration DRAINS_WITHIN = Duration.ofSeconds(Volumes.fastOrLong(60, 300));

    /** When the run began: before the broker and the database are there. */
    private final long started = System.nanoTime();
    /** The shared broker starts while this JVM starts its test database server: both take seconds. */
    private final CompletableFuture<KafkaBroker> brokerStarting = CompletableFuture.supplyAsync(KafkaBroker::shared);
    private final ConnectionInfo database = TestDatabases.freshDatabase();
    private final KafkaBroker broker = brokerStarting.join();
    private final String topic = "relations.faults." + UUID.randomUUID();
    /** When each step of the run began, for the figures: "storm 0.0 s, receiver 500s 2.0 s, …". */
    private final List<String> timeline = new ArrayList<>();

    @Test
    void every_committed_change_reaches_the_webhook_and_the_topic_at_least_once_in_order_per_subject_and_nothing_else_does_through_receiver_failures_a_broker_restart_and_a_sigkill()
            throws Exception {
        Path directory = Files.createTempDirectory("relations-faults");
        step("broker and database ready");
        try (WebhookReceiver receiver = WebhookReceiver.start(ATTEMPT_TIMEOUT.multipliedBy(2));
             ForkedService service = ForkedService.start(environment(database, directory), directory.resolve("service.log"));
             DrainWatch drains = new DrainWatch(database.dataSource())) {
            try {
                run(database, receiver, service, drains);
            } catch (AssertionError | RuntimeException failed) {
                System.out.println("[faults] the service's output, last lines:\n" + service.outputTail());
                throw failed;
            }
        } finally {
            FileTrees.deleteTree(directory);
        }
    }

    private void run(ConnectionInfo database, WebhookReceiver receiver, ForkedService service, DrainWatch drains) throws Exception {
        step("service ready");
        // given a subscription to every change type (of the default privacy classes, which every type is in) and a crowd
        LoadClient client = new LoadClient(service.port());
        String admin = Tokens.admin();
        Subscription subscription = subscribe(client, admin, receiver, database);
        Crowd crowd = Crowd.registered(USERS, client);
        long seed = Seeds.seed();
        CommandStorm storm = CommandStorm.start(client, crowd, THREADS, PER_THREAD, STORM_AT_MOST, seed);

        // when the faults come, in order and overlapping
        step("storm");
        String webhook = "webhook:" + subscription.id();
        String kafka = "kafka:" + topic;
        faults(receiver, service, drains, webhook, kafka);
        Pause.of(FAULT);
        storm.stop();
        step("storm stopped");
        OptionalInt exit = service.stop(STOPS_WITHIN);
        step("SIGTERM exit " + exit);
        service.restart();
        drains.mark("restart after SIGTERM", webhook);
        drains.mark("restart after SIGTERM", kafka);
        step("service back");
        long drainedIn = awaitDrained(database, client, subscription, kafka);
        step("drained");

        // then
        judge(database, receiver, subscription, storm, exit, drainedIn, drains, seed);
    }

    /** The receiver's 500s, then its hanging while the broker is away, then SIGKILLs of the service while the broker comes back. */
    private void faults(WebhookReceiver receiver, ForkedService service, DrainWatch drains, String webhook, String kafka) {
        Pause.of(FAULT);
        receiver.answer(WebhookReceiver.Mode.FAIL);
        step("receiver 500s");
        Pause.of(FAULT);
        receiver.answer(WebhookReceiver.Mode.HANG);
        step("receiver hangs");
        broker.stop();
        step("broker killed");
        Pause.of(FAULT);
        receiver.answer(WebhookReceiver.Mode.ACKNOWLEDGE);
        drains.mark("receiver failing", webhook);
        step("receiver healed");
        Pause.of(FAULT);
        // The broker comes back while the service is killed and restarted: the faults overlap.
        CompletableFuture<Void> brokerBack = CompletableFuture.runAsync(broker::start);
        step("broker starting");
        for (int kill = 1; kill <= KILLS; kill++) {
            Pause.of(FAULT);
            service.kill();
            step("SIGKILL " + kill);
            service.restart();
            drains.mark("SIGKILL " + kill, webhook);
            drains.mark("SIGKILL " + kill, kafka);
            step("service back");
        }
        brokerBack.join();
        drains.mark("broker restart", kafka);
        step("broker back");
    }

    private void judge(ConnectionInfo database, WebhookReceiver receiver, Subscription subscription, CommandStorm storm,
                       OptionalInt exit, long drainedIn, DrainWatch drains, long seed) throws SQLException {
        CommittedChanges log = CommittedChanges.read(database.dataSource());
        List<WebhookReceiver.Delivery> requests = receiver.deliveries();
        DeliveryVerdict webhook = DeliveryVerdict.judge(log.after(subscription.startAfter()), log, requests.stream()
                .filter(WebhookReceiver.Delivery::acknowledged).map(ChangeDeliveryUnderFaultsIT::arrival).toList());
        DeliveryVerdict sentAtAll = DeliveryVerdict.judge(log.after(subscription.startAfter()), log,
                requests.stream().map(ChangeDeliveryUnderFaultsIT::arrival).toList());
        long badSignatures = requests.stream().filter(request -> !WebhookReceiver.validlySigned(request, subscription.secret())).count();
        List<ConsumerRecord<String, byte[]>> records = TopicReader.readAll(broker.bootstrapServers(), topic, log.size());
        DeliveryVerdict topicVerdict = DeliveryVerdict.judge(log, log, records.stream()
                .map(record -> new DeliveryVerdict.Arrival(json(record.value()).path("id").asText(), record.key())).toList());
        List<String> historyMissing = log.historyMissingFromLog(database.dataSource());
        List<String> violations = InvariantChecker.violations(database.dataSource());
        String details = String.format(Locale.ROOT,
                "seed %d; committed changes %d (webhook owed %d); webhook deliveries %d acknowledged of %d requests, %d failed "
                        + "(500 or past the %d ms timeout), missing %d, invented %d, out of order %d, bad signatures %d; "
                        + "Kafka records %d, missing %d, invented %d, out of order %d; history rows not in the log %d; "
                        + "SIGTERM exit %s; drained %d ms after the last start; caught up: %s; answers %s; timeline %s",
                seed, log.size(), log.after(subscription.startAfter()).size(), webhook.arrivals(), requests.size(),
                requests.size() - webhook.arrivals(), ATTEMPT_TIMEOUT.toMillis(), webhook.missing().size(),
                sentAtAll.invented().size(), webhook.outOfOrder().size(), badSignatures, topicVerdict.arrivals(),
                topicVerdict.missing().size(), topicVerdict.invented().size(), topicVerdict.outOfOrder().size(), historyMissing.size(),
                exit.isPresent() ? Integer.toString(exit.getAsInt()) : "none within " + STOPS_WITHIN, drainedIn, drains.figures(),
                storm.tally.statuses(), String.join(", ", timeline));
        new Figures("change delivery under faults", storm.sent() + " commands from " + THREADS + " threads on " + USERS + " users, "
                + KILLS + " SIGKILL", Duration.ofNanos(System.nanoTime() - started), storm.serverErrors(), violations.size(),
                Figures.NOT_MEASURED, details).print();

        assertThat(log.size()).as("committed changes").isGreaterThan(USERS);
        assertThat(webhook.missing()).as("webhook: committed, never acknowledged; " + webhook.samples()).isEmpty();
        assertThat(sentAtAll.invented()).as("webhook: sent, never committed").isEmpty();
        assertThat(webhook.outOfOrder()).as("webhook: per-subject order").isEmpty();
        assertThat(sentAtAll.outOfOrder()).as("webhook: every request, acknowledged or not, in per-subject order").isEmpty();
        assertThat(badSignatures).as("webhook: requests whose signature does not verify").isZero();
        assertThat((long) requests.size()).as("webhook: the receiver's failures were met").isGreaterThan(webhook.arrivals());
        assertThat(topicVerdict.missing()).as("Kafka: committed, never published; " + topicVerdict.samples()).isEmpty();
        assertThat(topicVerdict.invented()).as("Kafka: published, never committed").isEmpty();
        assertThat(topicVerdict.outOfOrder()).as("Kafka: per-key order").isEmpty();
        assertThat(historyMissing).as("history rows without a change in the log").isEmpty();
        assertThat(violations).as("invariant violations").isEmpty();
        assertThat(storm.serverErrors()).as("answers 5xx other than 503: " + storm.tally.samples()).isZero();
        assertThat(exit).as("exit status after SIGTERM within " + STOPS_WITHIN).isPresent();
        assertThat(exit.getAsInt()).as("exit status after SIGTERM").isIn(0, 143);
    }

    private void step(String name) {
        timeline.add(String.format(Locale.ROOT, "%s %.1f s", name, (System.nanoTime() - started) / 1e9));
    }

    /** What the subscription was answered, and where in the log it starts. */
    private record Subscription(String id, String secret, ChangePosition startAfter) {
    }

    private static Subscription subscribe(LoadClient client, String admin, WebhookReceiver receiver, ConnectionInfo database)
            throws SQLException {
        Answer created = client.send("POST", "/api/v1/admin/webhooks", admin, "{\"url\": \"" + receiver.url() + "\"}");
        assertThat(created.status()).as("creating the subscription: %s", created).isEqualTo(201);
        String id = created.json().path("id").asText();
        // Where it starts is kept in its row, not shown by the API.
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select start_after from phoenix_kit_webhook_subscriptions where id = ?::uuid")) {
            statement.setString(1, id);
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).as("the subscription's row").isTrue();
                return new Subscription(id, created.json().path("secret").asText(), ChangePosition.parse(row.getString(1)));
            }
        }
    }

    /**
     * Waits until the webhook's and the topic's kept positions are at the end of the log and
     * {@code /metrics} shows a Kafka lag of 0; returns how long that took.
     */
    private long awaitDrained(ConnectionInfo database, LoadClient client, Subscription subscription, String kafka) throws SQLException {
        long since = System.nanoTime();
        long deadline = since + DRAINS_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            ChangePosition end = CommittedChanges.read(database.dataSource()).end();
            if (position(database, "webhook:" + subscription.id()).compareTo(end) >= 0 && position(database, kafka).compareTo(end) >= 0
                    && kafkaLag(client) == 0) {
                return Duration.ofNanos(System.nanoTime() - since).toMillis();
            }
            Pause.of(Duration.ofMillis(200));
        }
        throw new AssertionError("delivery did not drain within " + DRAINS_WITHIN + "; Kafka lag " + kafkaLag(client));
    }

    private static ChangePosition position(ConnectionInfo database, String consumer) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select transaction_id::text, sequence_id from phoenix_kit_change_consumers where name = ?")) {
            statement.setString(1, consumer);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? new ChangePosition(Long.parseLong(row.getString(1)), row.getLong(2)) : ChangePosition.START;
            }
        }
    }

    /** {@code relations_kafka_lag_changes} on {@code /metrics}; -1 while it is not there. */
    private static double kafkaLag(LoadClient client) {
        Answer metrics = client.send("GET", "/metrics", null, null);
        return metrics.body().lines().filter(line -> line.startsWith("relations_kafka_lag_changes "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(' ') + 1).strip())).findFirst().orElse(-1);
    }

    private static DeliveryVerdict.Arrival arrival(WebhookReceiver.Delivery delivery) {
        JsonNode event = json(delivery.body());
        String id = event.path("id").asText();
        // A request whose header names another event than its body carries is an invented one.
        return new DeliveryVerdict.Arrival(id.equals(delivery.id()) ? id : "header " + delivery.id() + ", body " + id,
                event.path("subject").asText());
    }

    private static JsonNode json(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The settings of a test service (ServiceUnderTest's), with the test database, the broker and quick retries. */
    private Map<String, String> environment(ConnectionInfo database, Path directory) {
        Map<String, String> environment = new HashMap<>(Tokens.serviceSettings());
        environment.putAll(Map.of(
                "RELATIONS_JWT_ISSUER", ServiceUnderTest.ISSUER,
                "RELATIONS_JWT_AUDIENCE", ServiceUnderTest.AUDIENCE,
                "RELATIONS_DATA_DIR", directory.resolve("data").toString(),
                "RELATIONS_DB_URL", database.jdbcUrl(),
                "RELATIONS_DB_USER", database.user(),
                "RELATIONS_DB_PASSWORD", database.password(),
                "RELATIONS_RATE_LIMIT_PER_MINUTE", "0",
                "RELATIONS_RATE_LIMIT_PER_ADDRESS_PER_MINUTE", "0"));
        environment.putAll(Map.of(
                "RELATIONS_WEBHOOK_ALLOWED_ADDRESSES", "127.0.0.1",
                "RELATIONS_WEBHOOK_TIMEOUT_MS", Long.toString(ATTEMPT_TIMEOUT.toMillis()),
                "RELATIONS_WEBHOOK_RETRY_FIRST", "PT0.2S",
                "RELATIONS_WEBHOOK_RETRY_MAX", "PT1S",
                "RELATIONS_KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "RELATIONS_KAFKA_TOPIC", topic,
                "RELATIONS_KAFKA_PARTITIONS", "3",
                "RELATIONS_KAFKA_TIMEOUT_MS", "2000"));
        return environment;
    }
}
