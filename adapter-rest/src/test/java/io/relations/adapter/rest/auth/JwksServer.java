package io.relations.adapter.rest.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.relations.domain.model.UserId;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An identity provider on 127.0.0.1 for tests: publishes the public half of its current ES256
 * keys at {@link #url()}, signs tokens with any of them, rotates them (a new key in, the old one
 * out), counts the fetches, and can answer 503 ({@link Mode#DOWN}) or hold each fetch until it is
 * closed ({@link Mode#HANGING}), to test the service's timeouts.
 */
public final class JwksServer implements AutoCloseable {

    public enum Mode { UP, DOWN, HANGING }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicInteger keyNumber = new AtomicInteger();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final String issuer;
    private final String audience;
    private volatile List<ECKey> keys;
    private volatile Mode mode = Mode.UP;

    public JwksServer(String issuer, String audience) {
        this.issuer = issuer;
        this.audience = audience;
        this.keys = List.of(newKey());
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/jwks.json", this::answer);
        server.setExecutor(threads);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks.json");
    }

    /** The {@code kid} of the newest key, which signs {@link #token}. */
    public String currentKid() {
        return keys.get(keys.size() - 1).getKeyID();
    }

    /** A new key is published and signs from now on; the old ones are removed from the set. */
    public void rotate() {
        keys = List.of(newKey());
    }

    /** A new key is published beside the old ones, which stay. */
    public void addKey() {
        List<ECKey> more = new ArrayList<>(keys);
        more.add(newKey());
        keys = List.copyOf(more);
    }

    public void mode(Mode newMode) {
        mode = newMode;
    }

    /** How many times the key set was asked for, whatever the answer. */
    public int fetches() {
        return fetches.get();
    }

    /** A valid token for {@code user}, signed by the newest key and naming it. */
    public String token(UserId user) {
        return token(user, currentKid());
    }

    /** A token signed by the newest key but naming {@code kid}. */
    public String token(UserId user, String kid) {
        ECKey key = keys.get(keys.size() - 1);
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(user.toString())
                .issuer(issuer)
                .audience(audience)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(10))))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).keyID(kid).build(), claims);
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        fetches.incrementAndGet();
        try (exchange) {
            switch (mode) {
                case UP -> send(exchange, 200, new JWKSet(List.copyOf(keys.stream().map(ECKey::toPublicJWK).toList())).toString());
                case DOWN -> send(exchange, 503, "{}");
                case HANGING -> {
                    awaitClosing();
                    send(exchange, 503, "{}");
                }
            }
        }
    }

    private void awaitClosing() {
        try {
            closing.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private ECKey newKey() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID("key-" + keyNumber.incrementAndGet()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
