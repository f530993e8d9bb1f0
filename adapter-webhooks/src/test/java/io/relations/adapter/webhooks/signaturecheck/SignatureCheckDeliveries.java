package io.relations.adapter.webhooks.signaturecheck;

import io.relations.adapter.webhooks.AllowList;
import io.relations.adapter.webhooks.HostResolver;
import io.relations.adapter.webhooks.JettyWebhookSender;
import io.relations.adapter.webhooks.StandardWebhooksSignature;
import io.relations.adapter.webhooks.WebhookSenderSettings;
import io.relations.application.webhook.DeliveryResult;
import io.relations.application.webhook.WebhookDelivery;
import io.relations.application.webhook.WebhookSecret;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The Java half of {@code .ci/webhook-signature-check}: sends real deliveries through
 * {@link JettyWebhookSender} (127.0.0.1 allow-listed) to the Node receiver, which verifies each
 * with the reference {@code standardwebhooks} library, and one tampered request that must fail
 * there. The path tells the receiver which secret to verify with and whether the request must
 * pass ({@code /valid/…}) or fail ({@code /invalid/…}); it answers 204 when verified, 401 when
 * not. Prints one line per delivery and exits 1 unless every one was answered as expected.
 *
 * <p>Arguments: the receiver's base URL, then secrets A, B and C ({@code whsec_…}); the receiver
 * knows A and B only.
 */
public final class SignatureCheckDeliveries {

    private SignatureCheckDeliveries() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: SignatureCheckDeliveries <receiver base URL> <secret A> <secret B> <secret C>");
            System.exit(2);
        }
        String base = args[0];
        WebhookSecret a = WebhookSecret.parse(args[1]);
        WebhookSecret b = WebhookSecret.parse(args[2]);
        WebhookSecret c = WebhookSecret.parse(args[3]);
        WebhookSenderSettings settings = WebhookSenderSettings.defaults()
                .withTimeout(Duration.ofSeconds(10))
                .withAllowList(AllowList.parse("127.0.0.1/32"));
        int failures = 0;
        try (JettyWebhookSender sender = new JettyWebhookSender(settings, HostResolver.system())) {
            failures += expect(sender, base + "/valid/a/one-secret", List.of(a), 204);
            failures += expect(sender, base + "/valid/b/rotation-checked-with-the-new-secret", List.of(b, a), 204);
            failures += expect(sender, base + "/valid/a/rotation-checked-with-the-old-secret", List.of(b, a), 204);
            failures += expect(sender, base + "/invalid/a/signed-with-a-secret-the-receiver-does-not-know", List.of(c), 401);
        }
        failures += tamperedBody(base + "/invalid/a/body-changed-after-signing", a);
        System.out.println(failures == 0 ? "signature check deliveries: all as expected" : "signature check deliveries: "
                + failures + " not as expected");
        System.exit(failures == 0 ? 0 : 1);
    }

    private static int expect(JettyWebhookSender sender, String url, List<WebhookSecret> secrets, int expected) {
        DeliveryResult result = sender.send(new WebhookDelivery(URI.create(url), "msg_" + UUID.randomUUID(),
                Instant.now(), body(), secrets));
        boolean asExpected = result.status().map(status -> status == expected).orElse(false);
        System.out.println((asExpected ? "ok   " : "FAIL ") + url + ": " + result.outcome() + " "
                + result.status().map(String::valueOf).orElse("-") + " (expected " + expected + ")");
        return asExpected ? 0 : 1;
    }

    /** A genuine signature with a body one character off: what a receiver must refuse. */
    private static int tamperedBody(String url, WebhookSecret secret) throws Exception {
        String id = "msg_" + UUID.randomUUID();
        long timestamp = Instant.now().getEpochSecond();
        byte[] signed = body();
        byte[] sent = new String(signed, StandardCharsets.UTF_8).replace("follow.created", "follow.createe")
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", StandardWebhooksSignature.header(id, timestamp, signed, List.of(secret)))
                .header("content-type", JettyWebhookSender.CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(sent))
                .build();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        boolean asExpected = status == 401;
        System.out.println((asExpected ? "ok   " : "FAIL ") + url + ": " + status + " (expected 401)");
        return asExpected ? 0 : 1;
    }

    /** A CloudEvent as the service sends it, with characters beyond ASCII: the bytes signed are the bytes sent. */
    private static byte[] body() {
        String event = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"urn:relations\","
                + "\"type\":\"io.relations.follow.created.v1\",\"subject\":\"pair:a:b\","
                + "\"time\":\"" + Instant.now() + "\",\"datacontenttype\":\"application/json\","
                + "\"data\":{\"note\":\"caf\u00e9 \u2713 \ud83d\ude80\"}}";
        return event.getBytes(StandardCharsets.UTF_8);
    }
}
