package io.relations.adapter.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.application.webhook.WebhookSecret;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardWebhooksSignatureTest {

    /**
     * The test vector the Standard Webhooks reference libraries are checked against (and Svix's
     * manual-verification guide shows): secret, id, timestamp and body, and the signature they give.
     */
    private static final WebhookSecret VECTOR_SECRET = WebhookSecret.parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    private static final String VECTOR_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long VECTOR_TIMESTAMP = 1614265330L;
    private static final byte[] VECTOR_BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String VECTOR_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    private static final WebhookSecret OTHER_SECRET = WebhookSecret.parse("whsec_" + "A".repeat(43) + "=");

    @Test
    void the_reference_libraries_test_vector_signs_to_its_published_signature() {
        assertThat(StandardWebhooksSignature.header(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY, List.of(VECTOR_SECRET)))
                .isEqualTo(VECTOR_SIGNATURE);
    }

    @Test
    void two_secrets_give_two_space_separated_signatures_in_their_order_each_as_that_secret_alone_gives_it() {
        String rotating = StandardWebhooksSignature.header(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY,
                List.of(OTHER_SECRET, VECTOR_SECRET));

        assertThat(rotating.split(" ")).containsExactly(
                StandardWebhooksSignature.header(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY, List.of(OTHER_SECRET)),
                VECTOR_SIGNATURE);
        assertThat(rotating.split(" ")[0]).isNotEqualTo(VECTOR_SIGNATURE);
    }

    @Test
    void the_body_the_id_and_the_timestamp_are_each_signed() {
        byte[] otherBody = "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8);

        assertThat(List.of(
                        StandardWebhooksSignature.header(VECTOR_ID, VECTOR_TIMESTAMP, otherBody, List.of(VECTOR_SECRET)),
                        StandardWebhooksSignature.header("msg_other", VECTOR_TIMESTAMP, VECTOR_BODY, List.of(VECTOR_SECRET)),
                        StandardWebhooksSignature.header(VECTOR_ID, VECTOR_TIMESTAMP + 1, VECTOR_BODY, List.of(VECTOR_SECRET))))
                .doesNotContain(VECTOR_SIGNATURE)
                .doesNotHaveDuplicates();
    }

    @Test
    void a_signature_needs_a_secret() {
        assertThatThrownBy(() -> StandardWebhooksSignature.header(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
