package io.relations.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.domain.model.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

/**
 * The connections module is switched off, then on again, by an administrator while commands and
 * queries pour in. Every request sent after the switch-off was answered must be refused with
 * module_disabled and change no row; after the switch-on they are served again; and nothing is
 * left half-written.
 */
class ModuleSwitchUnderLoadTest {

    private static final int THREADS = 8;
    private static final int USERS = 40;
    private static final Duration BEFORE = Duration.ofMillis(1_500);
    private static final Duration SWITCHED_OFF = Duration.ofSeconds(Volumes.fastOrLong(2, 20));
    private static final Duration AFTER = Duration.ofMillis(1_500);
    private static final String SETTING = "/api/v1/admin/settings/connections_enabled";

    private record Sent(Route route, Answer answer) {
    }

    private final ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
    private volatile boolean running = true;

    @Test
    void requests_sent_after_the_switch_off_are_refused_and_change_nothing_and_the_switch_on_serves_them_again() throws Exception {
        try (ServiceUnderTest service = ReliabilityServices.start()) {
            LoadClient client = new LoadClient(service.port());
            // given callers and an administrator the service has already seen
            long seed = Seeds.seed();
            Crowd users = Crowd.registered(USERS, client);
            Parallel.run(4, USERS, Duration.ofMinutes(1), index -> client.send(Route.STATS, users.get(index), users.token(users.get(index))));
            String admin = Tokens.admin();
            client.send("GET", SETTING, admin, null);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                Random random = new Random(seed + i);
                Thread thread = new Thread(() -> pour(client, users, random), "load-" + i);
                thread.start();
                threads.add(thread);
            }

            // when
            long started = System.nanoTime();
            Pause.of(BEFORE);
            Answer off = client.send("PUT", SETTING, admin, "{\"value\":false}");
            long offAnsweredAt = System.nanoTime();
            TableSnapshot atSwitchOff = TableSnapshot.of(service.dataSource());
            Pause.of(SWITCHED_OFF);
            TableSnapshot beforeSwitchOn = TableSnapshot.of(service.dataSource());
            long onSentAt = System.nanoTime();
            Answer on = client.send("PUT", SETTING, admin, "{\"value\":true}");
            long onAnsweredAt = System.nanoTime();
            Pause.of(AFTER);
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
            new Figures("module switch under load", sent.size() + " requests from " + USERS + " users on " + THREADS + " threads, "
                    + whileOff.size() + " of them sent and answered while switched off for " + SWITCHED_OFF.toSeconds() + " s", took,
                    serverErrors, violations.size(), rowsChanged, String.format("seed %d, served while off %d, after the switch-on %d served"
                            + " and %d refused", seed, servedWhileOff.size(), servedAfterOn, refusedAfterOn)).print();
            assertThat(off.status()).isEqualTo(200);
            assertThat(on.status()).isEqualTo(200);
            assertThat(whileOff).isNotEmpty();
            assertThat(servedWhileOff).as("answers other than module_disabled while off").isEmpty();
            assertThat(rowsChanged).isZero();
            assertThat(servedAfterOn).isPositive();
            assertThat(refusedAfterOn).isZero();
            assertThat(serverErrors).isZero();
            assertThat(unexpected).isEmpty();
            assertThat(violations).isEmpty();
        }
    }

    private void pour(LoadClient client, Crowd users, Random random) {
        while (running) {
            UserId actor = users.get(random.nextInt(USERS));
            UserId target = users.get((users.users().indexOf(actor) + 1 + random.nextInt(USERS - 1)) % USERS);
            Route route = random.nextInt(4) < 3 ? Route.COMMANDS.get(random.nextInt(Route.COMMANDS.size()))
                    : Route.QUERIES.get(random.nextInt(Route.QUERIES.size()));
            sent.add(new Sent(route, client.send(route, target, users.token(actor))));
        }
    }
}
