package io.relations.adapter.webhooks;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/**
 * A webhook receiver on 127.0.0.1 for the tests (the JDK's HTTP server): it records every request
 * and answers each with the same status, after an optional delay, with an optional body.
 */
final class Receiver implements AutoCloseable {

    /** One request as it arrived. */
    record Received(String method, String path, Headers headers, byte[] body) {}

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status = 204;
    private volatile Duration delay = Duration.ZERO;
    private volatile byte[] responseBody = new byte[0];
    private volatile String location;

    /** A plain HTTP receiver on 127.0.0.1. */
    Receiver() throws IOException {
        this(InetAddress.getLoopbackAddress());
    }

    /** A plain HTTP receiver on the given loopback address. */
    Receiver(InetAddress loopback) throws IOException {
        this(HttpServer.create(new InetSocketAddress(requireLoopback(loopback), 0), 16));
    }

    /** An HTTPS receiver with the given server context. */
    Receiver(SSLContext tls) throws IOException {
        this(https(tls));
    }

    private Receiver(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    private static InetAddress requireLoopback(InetAddress address) {
        if (!address.isLoopbackAddress()) {
            throw new IllegalArgumentException("test receivers listen on loopback only, not " + address);
        }
        return address;
    }

    private static HttpsServer https(SSLContext tls) throws IOException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        return server;
    }

    Receiver answering(int newStatus) {
        status = newStatus;
        return this;
    }

    Receiver after(Duration newDelay) {
        delay = newDelay;
        return this;
    }

    Receiver withBody(byte[] body) {
        responseBody = body.clone();
        return this;
    }

    Receiver redirectingTo(String newLocation) {
        location = newLocation;
        return this;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** {@return {@code http://127.0.0.1:<port><path>}} */
    URI url(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders(), in.readAllBytes()));
            sleep(delay);
            if (location != null) {
                exchange.getResponseHeaders().add("Location", location);
            }
            byte[] body = responseBody;
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                } catch (IOException closedByTheSender) {
                    // The sender reads a capped part of a body and may close the connection.
                }
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
