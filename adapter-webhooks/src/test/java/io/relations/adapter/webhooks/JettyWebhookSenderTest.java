package io.relations.adapter.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.application.webhook.DeliveryResult;
import io.relations.application.webhook.DeliveryResult.Outcome;
import io.relations.application.webhook.WebhookDelivery;
import io.relations.application.webhook.WebhookSecret;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sender against receivers on 127.0.0.1. Names resolve through a stub, and every address the
 * check hands on passes a guard that stops anything but loopback ({@link LoopbackOnly}): the
 * refusals below are proven without a packet leaving the machine.
 */
class JettyWebhookSenderTest {

    private static final WebhookSecret SECRET = WebhookSecret.parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    private static final WebhookSecret OLD_SECRET = WebhookSecret.parse("whsec_" + "B".repeat(43) + "=");
    private static final byte[] BODY = "{\"specversion\":\"1.0\",\"id\":\"0192f0c8-0000-7000-8000-000000000001\"}"
            .getBytes(StandardCharsets.UTF_8);
    private static final WebhookSenderSettings LOOPBACK_ALLOWED = WebhookSenderSettings.defaults()
            .withTimeout(Duration.ofSeconds(5))
            .withAllowList(AllowList.parse("127.0.0.1/32"));

    private final StubResolver dns = new StubResolver();
    private final List<AutoCloseable> opened = new ArrayList<>();
    private LoopbackOnly guard;

    @AfterEach
    void closeEverything() throws Exception {
        for (AutoCloseable closeable : opened) {
            closeable.close();
        }
    }

    @Test
    void an_allow_listed_loopback_receiver_gets_the_body_with_the_standard_webhooks_headers_and_acknowledges() throws Exception {
        Receiver receiver = receiver().answering(204);
        Instant now = Instant.ofEpochSecond(1_700_000_000L);

        DeliveryResult result = sender(LOOPBACK_ALLOWED).send(
                new WebhookDelivery(receiver.url("/hooks"), "msg_1", now, BODY, List.of(SECRET, OLD_SECRET)));

        assertThat(result.outcome()).isEqualTo(Outcome.ACKNOWLEDGED);
        assertThat(result.status()).contains(204);
        Receiver.Received request = receiver.received().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/hooks");
        assertThat(request.body()).isEqualTo(BODY);
        assertThat(request.headers().getFirst("webhook-id")).isEqualTo("msg_1");
        assertThat(request.headers().getFirst("webhook-timestamp")).isEqualTo("1700000000");
        assertThat(request.headers().getFirst("webhook-signature"))
                .isEqualTo(hmac(SECRET, "msg_1.1700000000.", BODY) + " " + hmac(OLD_SECRET, "msg_1.1700000000.", BODY));
        assertThat(request.headers().getFirst("content-type")).startsWith("application/cloudevents+json");
        assertThat(request.headers().getFirst("user-agent")).isEqualTo(WebhookSenderSettings.DEFAULT_USER_AGENT);
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void a_loopback_receiver_is_refused_without_the_allow_list_and_gets_nothing() throws Exception {
        Receiver receiver = receiver();

        DeliveryResult result = sender(WebhookSenderSettings.defaults()).send(delivery(receiver.url("/hooks")));

        assertThat(result.outcome()).isEqualTo(Outcome.ADDRESS_REFUSED);
        assertThat(result.status()).isEmpty();
        assertThat(receiver.received()).isEmpty();
        assertThat(guard.handedOn()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "fe80::1", "fc00::1",
        "fd00:ec2::254", "::1", "::ffff:192.168.1.1", "::ffff:127.0.0.2", "2002:c0a8:101::1", "64:ff9b::a9fe:a9fe",
        "2001:0:4136:e378:8000:63bf:3fff:fdd2", "ff02::1", "224.0.0.251", "255.255.255.255", "198.18.0.1"
    })
    void a_name_that_resolves_to_a_refused_address_is_refused_before_any_connection(String answer) throws Exception {
        Receiver receiver = receiver();
        dns.answer("hooks.example", answer);

        DeliveryResult result = sender(LOOPBACK_ALLOWED)
                .send(delivery(URI.create("http://hooks.example:" + receiver.port() + "/hooks")));

        assertThat(result.outcome()).isEqualTo(Outcome.ADDRESS_REFUSED);
        assertThat(dns.asked()).contains("hooks.example");
        assertThat(guard.stopped()).isEmpty();
        assertThat(guard.handedOn()).isEmpty();
        assertThat(receiver.received()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "http://[::1]:9/", "http://[fd00::1]/", "https://10.0.0.1/"})
    void an_address_written_in_the_url_is_refused_the_same_without_a_lookup(String url) {
        DeliveryResult result = sender(LOOPBACK_ALLOWED).send(delivery(URI.create(url)));

        assertThat(result.outcome()).isEqualTo(Outcome.ADDRESS_REFUSED);
        assertThat(dns.asked()).isEmpty();
        assertThat(guard.stopped()).isEmpty();
        assertThat(guard.handedOn()).isEmpty();
    }

    @Test
    void a_name_answering_a_private_and_an_allowed_address_is_connected_to_the_allowed_one_only() throws Exception {
        Receiver receiver = receiver();
        dns.answer("mixed.example", "10.0.0.1", "127.0.0.1");

        DeliveryResult result = sender(LOOPBACK_ALLOWED)
                .send(delivery(URI.create("http://mixed.example:" + receiver.port() + "/hooks")));

        assertThat(result.outcome()).isEqualTo(Outcome.ACKNOWLEDGED);
        assertThat(guard.handedOn()).extracting(InetSocketAddress::getAddress).containsExactly(StubResolver.literal("127.0.0.1"));
        assertThat(guard.stopped()).isEmpty();
        assertThat(receiver.received()).singleElement()
                .satisfies(request -> assertThat(request.headers().getFirst("host")).isEqualTo("mixed.example:" + receiver.port()));
    }

    @Test
    void an_allow_listed_name_and_port_reaches_what_the_name_resolves_to_on_that_port_only() throws Exception {
        Receiver receiver = receiver();
        dns.answer("receiver.test", "127.0.0.1");
        WebhookSenderSettings settings = WebhookSenderSettings.defaults()
                .withTimeout(Duration.ofSeconds(5))
                .withAllowList(AllowList.parse("receiver.test:" + receiver.port()));
        JettyWebhookSender sender = sender(settings);

        DeliveryResult named = sender.send(delivery(URI.create("http://receiver.test:" + receiver.port() + "/")));
        DeliveryResult byAddress = sender.send(delivery(receiver.url("/")));

        assertThat(named.outcome()).isEqualTo(Outcome.ACKNOWLEDGED);
        assertThat(byAddress.outcome()).isEqualTo(Outcome.ADDRESS_REFUSED);
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void an_allow_listed_ipv6_loopback_receiver_written_in_brackets_is_reached() throws Exception {
        Receiver receiver;
        try {
            receiver = new Receiver(StubResolver.literal("::1"));
        } catch (java.io.IOException noIpv6Loopback) {
            Assumptions.abort("this machine has no ::1: " + noIpv6Loopback);
            return;
        }
        opened.add(receiver);
        WebhookSenderSettings settings = LOOPBACK_ALLOWED.withAllowList(AllowList.parse("::1/128"));

        DeliveryResult result = sender(settings).send(delivery(URI.create("http://[::1]:" + receiver.port() + "/v6")));

        assertThat(result.outcome()).isEqualTo(Outcome.ACKNOWLEDGED);
        assertThat(guard.handedOn()).extracting(InetSocketAddress::getAddress).containsExactly(StubResolver.literal("::1"));
        assertThat(dns.asked()).isEmpty();
    }

    /** The status is the answer: a body that never ends does not hold the attempt up. */
    @Test
    void an_acknowledgement_whose_body_never_ends_counts_when_its_headers_arrive() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread trickler = new Thread(() -> answerAndNeverFinish(server));
            trickler.setDaemon(true);
            trickler.start();

            DeliveryResult result = sender(LOOPBACK_ALLOWED.withTimeout(Duration.ofSeconds(3)))
                    .send(delivery(URI.create("http://127.0.0.1:" + server.getLocalPort() + "/")));

            assertThat(result.outcome()).isEqualTo(Outcome.ACKNOWLEDGED);
            assertThat(result.took()).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void a_receiver_slower_than_the_timeout_times_out_without_being_waited_for() throws Exception {
        Receiver receiver = receiver().after(Duration.ofSeconds(3));
        WebhookSenderSettings settings = LOOPBACK_ALLOWED.withTimeout(Duration.ofMillis(300));

        DeliveryResult result = sender(settings).send(delivery(receiver.url("/slow")));

        assertThat(result.outcome()).isEqualTo(Outcome.TIMED_OUT);
        assertThat(result.status()).isEmpty();
        assertThat(result.took()).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void a_server_error_is_rejected_with_its_status() throws Exception {
        Receiver receiver = receiver().answering(500);

        DeliveryResult result = sender(LOOPBACK_ALLOWED).send(delivery(receiver.url("/hooks")));

        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.status()).contains(500);
        assertThat(result.acknowledged()).isFalse();
    }

    @Test
    void a_redirect_is_rejected_with_its_status_and_not_followed() throws Exception {
        Receiver receiver = receiver().answering(302);
        receiver.redirectingTo(receiver.url("/elsewhere").toString());

        DeliveryResult result = sender(LOOPBACK_ALLOWED).send(delivery(receiver.url("/hooks")));

        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.status()).contains(302);
        assertThat(receiver.received()).extracting(Receiver.Received::path).containsExactly("/hooks");
    }

    @Test
    void a_closed_loopback_port_is_unreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        DeliveryResult result = sender(LOOPBACK_ALLOWED).send(delivery(URI.create("http://127.0.0.1:" + closedPort + "/")));

        assertThat(result.outcome()).isEqualTo(Outcome.UNREACHABLE);
        assertThat(result.status()).isEmpty();
    }

    @Test
    void an_unknown_name_is_unreachable() {
        DeliveryResult result = sender(LOOPBACK_ALLOWED).send(delivery(URI.create("http://nowhere.example/")));

        assertThat(result.outcome()).isEqualTo(Outcome.UNREACHABLE);
        assertThat(dns.asked()).containsExactly("nowhere.example");
    }

    @Test
    void a_long_response_body_is_read_only_up_to_the_cap_and_the_answer_still_counts() throws Exception {
        Receiver receiver = receiver().answering(200).withBody(new byte[256 * 1024]);
        WebhookSenderSettings settings = new WebhookSenderSettings(Duration.ofSeconds(5), 1024, 4, 16,
                AllowList.parse("127.0.0.1"), WebhookSenderSettings.DEFAULT_USER_AGENT);
        JettyWebhookSender sender = sender(settings);

        DeliveryResult first = sender.send(delivery(receiver.url("/big")));
        DeliveryResult second = sender.send(delivery(receiver.url("/big")));

        assertThat(first.outcome()).isEqualTo(Outcome.ACKNOWLEDGED);
        assertThat(second.outcome()).isEqualTo(Outcome.ACKNOWLEDGED);
        assertThat(receiver.received()).hasSize(2);
    }

    /** The JDK's trust store decides: a self-signed certificate, valid for 127.0.0.1, is not trusted. */
    @Test
    void an_https_endpoint_whose_certificate_the_jdk_does_not_trust_is_unreachable_and_gets_no_request(@TempDir Path directory)
            throws Exception {
        Receiver receiver = new Receiver(SelfSignedTls.serverContext(directory));
        opened.add(receiver);

        DeliveryResult result = sender(LOOPBACK_ALLOWED)
                .send(delivery(URI.create("https://127.0.0.1:" + receiver.port() + "/hooks")));

        assertThat(result.outcome()).isEqualTo(Outcome.UNREACHABLE);
        assertThat(receiver.received()).isEmpty();
    }

    /** Answers 200 with a chunked body and then sends nothing more, until the test closes the socket. */
    private static void answerAndNeverFinish(ServerSocket server) {
        try (java.net.Socket socket = server.accept()) {
            socket.getInputStream().read(new byte[8192]);
            socket.getOutputStream().write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            Thread.sleep(10_000);
        } catch (Exception closed) {
            // The test is over.
        }
    }

    private Receiver receiver() throws Exception {
        Receiver receiver = new Receiver();
        opened.add(receiver);
        return receiver;
    }

    private JettyWebhookSender sender(WebhookSenderSettings settings) {
        JettyWebhookSender sender = new JettyWebhookSender(settings, dns, checked -> guard = new LoopbackOnly(checked));
        opened.add(0, sender);
        return sender;
    }

    private static WebhookDelivery delivery(URI endpoint) {
        return new WebhookDelivery(endpoint, "msg_" + System.nanoTime(), Instant.now(), BODY, List.of(SECRET));
    }

    /** The signature computed here, apart from the code under test. */
    private static String hmac(WebhookSecret secret, String prefix, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
        mac.update(prefix.getBytes(StandardCharsets.UTF_8));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
    }
}
