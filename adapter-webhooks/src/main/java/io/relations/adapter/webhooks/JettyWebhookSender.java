package io.relations.adapter.webhooks;

import io.relations.application.port.out.WebhookSender;
import io.relations.application.webhook.DeliveryResult;
import io.relations.application.webhook.DeliveryResult.Outcome;
import io.relations.application.webhook.WebhookDelivery;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.transport.HttpClientTransportOverHTTP;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.util.SocketAddressResolver;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's {@link WebhookSender} over Jetty's HTTP client: one {@code POST} per attempt,
 * HTTP/1.1, TLS verified against the JDK's trust store (with the host name checked), with the
 * Standard Webhooks headers {@code webhook-id}, {@code webhook-timestamp} (Unix seconds) and
 * {@code webhook-signature} ({@link StandardWebhooksSignature}), {@code content-type}
 * {@value #CONTENT_TYPE} and the configured {@code user-agent}. It follows no redirect (a 3xx is
 * {@link Outcome#REJECTED}), keeps no cookie, ends every attempt within the timeout, reads at most
 * the configured part of a response body and discards it, and connects only to addresses that
 * passed the SSRF rule or the allow-list, checked on the addresses the host resolved to, before
 * connecting (see {@link HostResolver}). Safe to share between threads; {@link #close()} stops it.
 */
public final class JettyWebhookSender implements WebhookSender, AutoCloseable {

    /** The media type of every request body: one CloudEvent in structured JSON. */
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    /** How much longer than the timeout {@link #send} waits for Jetty to end an attempt itself. */
    private static final Duration GRACE = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(JettyWebhookSender.class);

    private final WebhookSenderSettings settings;
    private final HttpClient client;

    /**
     * A started sender.
     *
     * @param settings how to send
     * @param resolver how host names become addresses ({@link HostResolver#system()} in service)
     * @throws NullPointerException  if any is null
     * @throws IllegalStateException if Jetty's client cannot start
     */
    public JettyWebhookSender(WebhookSenderSettings settings, HostResolver resolver) {
        this(settings, resolver, UnaryOperator.identity());
    }

    /**
     * The same, with a last step between the checked resolution and Jetty's connect: the tests put
     * a guard there that fails every address but loopback, so that no test can ever send a packet
     * elsewhere, whatever the check let through.
     */
    JettyWebhookSender(WebhookSenderSettings settings, HostResolver resolver, UnaryOperator<SocketAddressResolver> lastStep) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(resolver, "resolver");
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("relations-webhooks");
        threads.setDaemon(true);
        client = new HttpClient(new HttpClientTransportOverHTTP());
        client.setExecutor(threads);
        client.setSocketAddressResolver(lastStep.apply(new CheckedAddressResolver(resolver, settings.allowList(), threads)));
        client.setSslContextFactory(new SslContextFactory.Client());
        client.setFollowRedirects(false);
        client.setHttpCookieStore(new HttpCookieStore.Empty());
        client.setConnectTimeout(settings.timeout().toMillis());
        client.setIdleTimeout(settings.timeout().toMillis());
        client.setMaxConnectionsPerDestination(settings.maxConnectionsPerEndpoint());
        client.setMaxRequestsQueuedPerDestination(settings.maxQueuedPerEndpoint());
        client.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, settings.userAgent()));
        // The body is discarded: decompressing it would only spend work on what a receiver chose to send.
        client.getContentDecoderFactories().clear();
        try {
            client.start();
        } catch (Exception failure) {
            throw new IllegalStateException("the webhook sender's HTTP client did not start", failure);
        }
    }

    /**
     * One attempt: signs the body with each of the delivery's secrets, sends it, and tells how it
     * ended. Never throws for anything the endpoint or the network did; an interrupted caller gets
     * {@link Outcome#TIMED_OUT} with its interrupt flag set again.
     *
     * @param delivery what to send where, and the secrets to sign with
     * @return how it ended
     */
    @Override
    public DeliveryResult send(WebhookDelivery delivery) {
        long start = System.nanoTime();
        long timestamp = delivery.timestamp().getEpochSecond();
        byte[] body = delivery.body();
        String signature = StandardWebhooksSignature.header(delivery.messageId(), timestamp, body, delivery.secrets());
        AttemptListener listener = new AttemptListener(settings.maxResponseBodyBytes());
        Request request;
        try {
            request = client.newRequest(delivery.endpoint())
                    .method(HttpMethod.POST)
                    .timeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)
                    .headers(headers -> headers
                            .put("webhook-id", delivery.messageId())
                            .put("webhook-timestamp", Long.toString(timestamp))
                            .put("webhook-signature", signature))
                    .body(new BytesRequestContent(CONTENT_TYPE, body));
            request.send(listener);
        } catch (RuntimeException unusable) {
            // A URL Jetty cannot send to (the delivery already checked it is absolute http(s)).
            LOG.debug("webhook to {} not sent: {}", delivery.endpoint(), unusable.toString());
            return result(Outcome.UNREACHABLE, 0, start);
        }
        try {
            AttemptListener.Ending ending = listener.ending()
                    .get(settings.timeout().plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
            return result(ending.outcome(), ending.status(), start);
        } catch (TimeoutException late) {
            request.abort(late);
            return result(Outcome.TIMED_OUT, 0, start);
        } catch (InterruptedException interrupted) {
            request.abort(interrupted);
            Thread.currentThread().interrupt();
            return result(Outcome.TIMED_OUT, 0, start);
        } catch (ExecutionException impossible) {
            // The listener completes its future with a value only.
            return result(Outcome.UNREACHABLE, 0, start);
        }
    }

    /** Stops the client; attempts still running end as failed. */
    @Override
    public void close() {
        try {
            client.stop();
        } catch (Exception failure) {
            LOG.warn("the webhook sender's HTTP client did not stop cleanly", failure);
        }
    }

    private static DeliveryResult result(Outcome outcome, int status, long start) {
        boolean answered = outcome == Outcome.ACKNOWLEDGED || outcome == Outcome.REJECTED;
        return new DeliveryResult(outcome, answered ? Optional.of(status) : Optional.empty(),
                Duration.ofNanos(System.nanoTime() - start));
    }
}
