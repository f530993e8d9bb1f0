package io.relations.bootstrap.reliability;

import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.domain.model.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * Every kind of command from a few threads over a small, fixed crowd (so that pairs are hot and
 * their changes pile up in order), and now and then a user registered by an administrator, followed
 * and deleted again. It does not retry and does not care what was answered: a service that is down
 * answers nothing, and a command killed in flight may or may not have committed, so what counts is
 * judged against the change log afterwards. Bounded in count (per thread) and in time: it ends at
 * {@link #stop()}, at its count, or at its deadline, whichever comes first.
 */
final class CommandStorm {

    /** Answers a healthy service gives to these commands; 0 (no answer) and 503 are the faults'. */
    private static final Set<Integer> HEALTHY = Set.of(200, 201, 204, 404, 409);
    /** One step in this many is a user's registration, a follow of them and their deletion. */
    private static final int CHURN_EVERY = 25;
    /** After no answer (the service is down): not a busy loop of refused connections meanwhile. */
    private static final Duration AFTER_NO_ANSWER = Duration.ofMillis(50);

    final AnswerTally tally = new AnswerTally();
    private final LongAdder commands = new LongAdder();
    private final LoadClient client;
    private final Crowd crowd;
    private final String admin = Tokens.admin();
    private final int perThread;
    private final long deadline;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    private CommandStorm(LoadClient client, Crowd crowd, int perThread, Duration atMost) {
        this.client = client;
        this.crowd = crowd;
        this.perThread = perThread;
        this.deadline = System.nanoTime() + atMost.toNanos();
    }

    /** Starts {@code threads} threads of at most {@code perThread} steps each, all ending within {@code atMost}. */
    static CommandStorm start(LoadClient client, Crowd crowd, int threads, int perThread, Duration atMost, long seed) {
        CommandStorm storm = new CommandStorm(client, crowd, perThread, atMost);
        for (int i = 0; i < threads; i++) {
            Random random = new Random(seed + i);
            Thread thread = new Thread(() -> storm.run(random), "storm-" + i);
            thread.start();
            storm.threads.add(thread);
        }
        return storm;
    }

    /** Ends every thread after its step under way, and waits for them. */
    void stop() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(Duration.ofMinutes(1).toMillis());
        }
    }

    /** Requests sent, registrations and deletions included. */
    long sent() {
        return commands.sum();
    }

    /** Answers 5xx other than the 503 of a service that is starting or stopping. */
    long serverErrors() {
        return tally.serverErrors() - tally.count(503);
    }

    private void run(Random random) {
        for (int step = 0; step < perThread && running && System.nanoTime() < deadline; step++) {
            UserId actor = crowd.get(random.nextInt(crowd.size()));
            if (random.nextInt(CHURN_EVERY) == 0) {
                churn(actor);
                continue;
            }
            UserId target = crowd.get(random.nextInt(crowd.size()));
            if (target.equals(actor)) {
                continue;
            }
            Route command = Route.COMMANDS.get(random.nextInt(Route.COMMANDS.size()));
            send(command.name(), command.method(), command.path(target), crowd.token(actor), command.body());
        }
    }

    /** A user.registered, a follow.created and a user.deleted (with what the deletion removed). */
    private void churn(UserId follower) {
        UserId newcomer = ServiceUnderTest.unknownUser();
        send("REGISTER", "PUT", "/api/v1/admin/users/" + newcomer, admin, null);
        send(Route.FOLLOW.name(), Route.FOLLOW.method(), Route.FOLLOW.path(newcomer), crowd.token(follower), null);
        send("DELETE_USER", "DELETE", "/api/v1/admin/users/" + newcomer, admin, null);
    }

    private void send(String name, String method, String path, String token, String body) {
        commands.increment();
        Answer answer = client.send(method, path, token, body);
        tally.record(name, answer, HEALTHY);
        if (answer.status() == Answer.NO_ANSWER) {
            Pause.of(AFTER_NO_ANSWER);
        }
    }
}
