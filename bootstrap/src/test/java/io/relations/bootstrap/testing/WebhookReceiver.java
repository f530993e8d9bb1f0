package io.relations.bootstrap.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.relations.adapter.webhooks.StandardWebhooksSignature;
import io.relations.application.webhook.WebhookSecret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A webhook endpoint of the test's own on 127.0.0.1 that records every request it gets, with the
 * answer it gave, and answers as told: 204 ({@link Mode#ACKNOWLEDGE}), 500 ({@link Mode#FAIL}),
 * nothing for longer than the service waits ({@link Mode#HANG}, then 503 to a sender long gone), or
 * 204 once the test lets it ({@link Mode#HOLD}, for a delivery held in flight).
 * Signatures are checked afterwards ({@link #validlySigned}), so that a delivery that comes
 * before the test has learnt the subscription's secret is checked too.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** How the receiver answers the requests that come from now on. */
    public enum Mode { ACKNOWLEDGE, FAIL, HANG, HOLD }

    /** The Standard Webhooks receivers' default tolerance for a timestamp. */
    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    /**
     * One request as it came.
     *
     * @param acknowledged whether it was answered 2xx in time, so that the sender may count it delivered
     */
    public record Delivery(String id, String timestamp, String signature, byte[] body, Instant receivedAt, boolean acknowledged) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final Duration hang;
    private final Queue<Delivery> deliveries = new ConcurrentLinkedQueue<>();
    private volatile Mode mode = Mode.ACKNOWLEDGE;
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    private WebhookReceiver(HttpServer server, Duration hang) {
        this.server = server;
        this.hang = hang;
    }

    /** @param hang how long a request waits in {@link Mode#HANG}: longer than the service's timeout per attempt */
    public static WebhookReceiver start(Duration hang) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
            WebhookReceiver receiver = new WebhookReceiver(server, hang);
            server.setExecutor(receiver.threads);
            server.createContext("/hook", receiver::receive);
            server.start();
            return receiver;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Where subscriptions point to reach this receiver. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Answers every request from now on as {@code mode} says. */
    public void answer(Mode mode) {
        this.mode = mode;
    }

    /** Whether a request came in {@link Mode#HOLD} and is held, waiting at most {@code patience} for one. */
    public boolean awaitHeld(Duration patience) throws InterruptedException {
        return held.await(patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Lets the held requests, and every later one in {@link Mode#HOLD}, be acknowledged. */
    public void release() {
        released.countDown();
    }

    /** Every request so far, in the order they came, repeats included. */
    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** Whether the delivery's {@code webhook-signature} verifies with {@code secret} and its timestamp is within tolerance. */
    public static boolean validlySigned(Delivery delivery, String secret) {
        if (delivery.id() == null || delivery.timestamp() == null || delivery.signature() == null) {
            return false;
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(delivery.timestamp());
        } catch (NumberFormatException notUnixSeconds) {
            return false;
        }
        if (Math.abs(delivery.receivedAt().getEpochSecond() - timestamp) > TOLERANCE.toSeconds()) {
            return false;
        }
        String expected = StandardWebhooksSignature.header(delivery.id(), timestamp, delivery.body(), List.of(WebhookSecret.parse(secret)));
        return Arrays.asList(delivery.signature().split(" ")).contains(expected);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Mode now = mode;
            if (now == Mode.HANG) {
                hang();
            }
            if (now == Mode.HOLD) {
                hold();
            }
            deliveries.add(new Delivery(exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"), exchange.getRequestHeaders().getFirst("webhook-signature"),
                    body, Instant.now(), now == Mode.ACKNOWLEDGE || now == Mode.HOLD));
            exchange.sendResponseHeaders(switch (now) {
                case ACKNOWLEDGE, HOLD -> 204;
                case FAIL -> 500;
                case HANG -> 503;
            }, -1);
        }
    }

    /** Until the test releases it, or for as long as a hang at most. */
    private void hold() {
        held.countDown();
        try {
            released.await(hang.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private void hang() {
        try {
            Thread.sleep(hang.toMillis());
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
