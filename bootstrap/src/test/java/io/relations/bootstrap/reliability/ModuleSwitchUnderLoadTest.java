package io.relations.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.domain.model.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The connections module is switched off, then on again, by an administrator while commands and
 * queries pour in. Every request sent after the switch-off was answered must be refused with
 * module_disabled and change no row; after the switch-on they are served again; and nothing is
 * left half-written. Also over two instances of the service on one database, the load split
 * between them and the switch sent to one of them only.
 */
class ModuleSwitchUnderLoadTest {

    private static final int THREADS = 8;
    private static final int USERS = 40;
    /** Fewer users over two instances, so that pairs meet commands from both instances at once. */
    private static final int USERS_OVER_TWO_INSTANCES = 24;
    private static final Duration BEFORE = Duration.ofMillis(1_000);
    private static final Duration SWITCHED_OFF = Duration.ofMillis(Volumes.fastOrLong(1_500, 20_000));
    private static final Duration AFTER = Duration.ofMillis(1_000);
    /**
     * Each phase also lasts until this many requests were sent in it (at most {@link #PHASE_AT_MOST}):
     * on a slow machine a phase gets longer instead of empty.
     */
    private static final int ANSWERS_PER_PHASE = 40;
    private static final Duration PHASE_AT_MOST = Duration.ofSeconds(30);
    private static final String SETTING = "/api/v1/admin/settings/connections_enabled";

    /** One request of the load, and which instance it went to. */
    private record Sent(int instance, Route route, Answer answer) {
    }

    private final ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
    private volatile boolean running = true;

    @Test
    void requests_sent_after_the_switch_off_are_refused_and_change_nothing_and_the_switch_on_serves_them_again() throws Exception {
        try (ServiceUnderTest service = ReliabilityServices.start()) {
            switchUnderLoad("module switch under load", List.of(service), USERS);
        }
    }

    /**
     * The storm (follows, unfollows, connection requests, accepts, rejects, disconnects, blocks,
     * unblocks and the queries) split over two instances on one database, the switch sent to the
     * first: the second refuses at once what it is sent after the switch's answer, neither writes
     * under the old setting, and afterwards every invariant holds and the history replays to the
     * tables ({@code InvariantChecker}).
     */
    @Test
    void two_instances_on_one_database_under_the_same_storm_obey_a_switch_sent_to_one_and_keep_every_invariant() throws Exception {
        try (ServiceUnderTest first = ReliabilityServices.start(); ServiceUnderTest second = first.anotherInstance()) {
            switchUnderLoad("module switch under load, two instances", List.of(first, second), USERS_OVER_TWO_INSTANCES);
        }
    }

    /** Pours load on every instance, switches the module off and on through the first, and judges every answer and the tables. */
    private void switchUnderLoad(String test, List<ServiceUnderTest> instances, int userCount) throws Exception {
        ServiceUnderTest service = instances.get(0);
        List<LoadClient> clients = instances.stream().map(instance -> new LoadClient(instance.port())).toList();
        LoadClient client = clients.get(0);
        // given callers and an administrator every instance has already seen
        long seed = Seeds.seed();
        Crowd users = Crowd.registered(userCount, client);
        for (LoadClient each : clients) {
            Parallel.run(4, userCount, Duration.ofMinutes(1), index -> each.send(Route.STATS, users.get(index), users.token(users.get(index))));
        }
        String admin = Tokens.admin();
        client.send("GET", SETTING, admin, null);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Random random = new Random(seed + i);
            Thread thread = new Thread(() -> pour(clients, users, random), "load-" + i);
            thread.start();
            threads.add(thread);
        }

        // when
        long started = System.nanoTime();
        Pause.of(BEFORE);
        awaitAnswersSentAfter(started);
        Answer off = client.send("PUT", SETTING, admin, "{\"value\":false}");
        long offAnsweredAt = System.nanoTime();
        TableSnapshot atSwitchOff = TableSnapshot.of(service.dataSource());
        Pause.of(SWITCHED_OFF);
        awaitAnswersSentAfter(offAnsweredAt);
        TableSnapshot beforeSwitchOn = TableSnapshot.of(service.dataSource());
        long onSentAt = System.nanoTime();
        Answer on = client.send("PUT", SETTING, admin, "{\"value\":true}");
        long onAnsweredAt = System.nanoTime();
        Pause.of(AFTER);
        awaitAnswersSentAfter(onAnsweredAt);
        running = false;
        for (Thread thread : threads) {
            thread.join(Duration.ofMinutes(1).toMillis());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        // then
        List<Sent> whileOff = sent.stream().filter(each -> each.answer().sentAtNanos() > offAnsweredAt
                && each.answer().sentAtNanos() + each.answer().tookNanos() < onSentAt).toList();
        List<Sent> servedWhileOff = whileOff.stream().filter(each -> !each.answer().problem().equals("module_disabled")).toList();
        List<Sent> afterOn = sent.stream().filter(each -> each.answer().sentAtNanos() > onAnsweredAt).toList();
        long refusedAfterOn = afterOn.stream().filter(each -> each.answer().problem().equals("module_disabled")).count();
        long servedAfterOn = afterOn.stream().filter(each -> each.answer().isSuccess()).count();
        long serverErrors = sent.stream().filter(each -> each.answer().isServerError()).count();
        List<Sent> unexpected = sent.stream().filter(each -> !each.route().healthyStatuses().contains(each.answer().status())
                && !each.answer().problem().equals("module_disabled")).toList();
        int rowsChanged = beforeSwitchOn.rowsChangedSince(atSwitchOff);
        List<String> violations = service.invariantViolations();
        new Figures(test, sent.size() + " requests from " + userCount + " users on " + THREADS + " threads over " + instances.size()
                + " instance(s), " + whileOff.size() + " of them sent and answered while switched off for "
                + String.format("%.1f s", (onSentAt - offAnsweredAt) / 1e9),
                took, serverErrors, violations.size(), rowsChanged, String.format("seed %d, served while off %d, after the switch-on %d served"
                        + " and %d refused; per instance %s; %s", seed, servedWhileOff.size(), servedAfterOn, refusedAfterOn, perInstance(),
                        latencies())).print();
        violations.stream().limit(20).forEach(violation -> System.out.println("  violation: " + violation));
        Stream.concat(sent.stream().filter(each -> each.answer().isServerError()).limit(5),
                sent.stream().sorted(Comparator.comparingLong((Sent each) -> each.answer().tookNanos()).reversed()).limit(3))
                .forEach(each -> System.out.printf("  %s: instance %d, %s sent %d ms after the switch-off's answer, took %d ms: %s%n",
                        each.answer().isServerError() ? "5xx" : "slowest", each.instance(), each.route(),
                        (each.answer().sentAtNanos() - offAnsweredAt) / 1_000_000, each.answer().tookNanos() / 1_000_000, each.answer()));
        assertThat(off.status()).isEqualTo(200);
        assertThat(on.status()).isEqualTo(200);
        for (int instance = 0; instance < instances.size(); instance++) {
            int each = instance;
            assertThat(whileOff).as("requests to instance %d while off", instance).anyMatch(request -> request.instance() == each);
            assertThat(afterOn).as("requests to instance %d after the switch-on", instance)
                    .anyMatch(request -> request.instance() == each && request.answer().isSuccess());
        }
        assertThat(servedWhileOff).as("answers other than module_disabled while off").isEmpty();
        assertThat(rowsChanged).isZero();
        assertThat(servedAfterOn).isPositive();
        assertThat(refusedAfterOn).isZero();
        assertThat(serverErrors).isZero();
        assertThat(unexpected).isEmpty();
        assertThat(violations).isEmpty();
    }

    private void awaitAnswersSentAfter(long since) {
        long deadline = System.nanoTime() + PHASE_AT_MOST.toNanos();
        while (sent.stream().filter(each -> each.answer().sentAtNanos() > since).count() < ANSWERS_PER_PHASE && System.nanoTime() < deadline) {
            Pause.of(Duration.ofMillis(50));
        }
    }

    private String latencies() {
        Latencies latencies = new Latencies();
        sent.forEach(each -> latencies.record(each.answer().tookNanos()));
        return latencies.summary();
    }

    /** "{0=2210, 1=2185}": how many requests each instance was sent. */
    private String perInstance() {
        return sent.stream().collect(Collectors.groupingBy(Sent::instance, TreeMap::new, Collectors.counting())).toString();
    }

    private void pour(List<LoadClient> clients, Crowd users, Random random) {
        int count = users.size();
        while (running) {
            int instance = random.nextInt(clients.size());
            UserId actor = users.get(random.nextInt(count));
            UserId target = users.get((users.users().indexOf(actor) + 1 + random.nextInt(count - 1)) % count);
            Route route = random.nextInt(4) < 3 ? Route.COMMANDS.get(random.nextInt(Route.COMMANDS.size()))
                    : Route.QUERIES.get(random.nextInt(Route.QUERIES.size()));
            sent.add(new Sent(instance, route, clients.get(instance).send(route, target, users.token(actor))));
        }
    }
}
