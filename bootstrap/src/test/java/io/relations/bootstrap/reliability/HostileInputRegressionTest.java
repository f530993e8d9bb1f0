package io.relations.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.rest.RestApi;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.domain.model.UserId;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the hostile-input fuzzing found, each kept as a case of its own: all were 500s or bodiless answers before. */
@ExtendWith(ReliabilityServices.Shared.class)
class HostileInputRegressionTest {

    private final ServiceUnderTest service;
    private final LoadClient client;
    private final RawHttp raw;
    private final String token;

    HostileInputRegressionTest(ServiceUnderTest service) {
        this.service = service;
        this.client = new LoadClient(service.port());
        this.raw = new RawHttp(service.port());
        // registered beforehand: a caller's first request registers them, which would count as a change
        Crowd caller = Crowd.registered(1, client);
        this.token = caller.token(caller.get(0));
    }

    @Test
    void a_percent_sign_not_followed_by_two_hex_digits_in_the_path_is_an_invalid_request() {
        RawHttp.RawAnswer answer = send("PUT /api/v1/me/following/%u0041 HTTP/1.1\r\nAuthorization: Bearer " + token + "\r\n", "");

        assertInvalidRequest(answer);
    }

    @Test
    void an_http_version_the_server_does_not_speak_is_an_invalid_request_not_a_server_error() {
        RawHttp.RawAnswer answer = send("GET /health/live HTTP/9.9\r\n", "");

        assertInvalidRequest(answer);
    }

    @Test
    void a_put_or_delete_that_jetty_refuses_gets_a_problem_body_like_a_get() {
        RawHttp.RawAnswer put = send("PUT /api/v1/me/following/{x} HTTP/1.1\r\n", "");
        RawHttp.RawAnswer delete = send("DELETE /api/v1/me/following/{x} HTTP/1.1\r\n", "");

        assertInvalidRequest(put);
        assertInvalidRequest(delete);
    }

    @Test
    void a_chunked_body_with_an_impossible_chunk_size_is_an_invalid_request() {
        UserId target = Crowd.registered(1, client).get(0);
        RawHttp.RawAnswer answer = send("PUT /api/v1/me/blocks/" + target + " HTTP/1.1\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n", "ffffffffffffffff\r\nx\r\n0\r\n\r\n");

        assertInvalidRequest(answer);
    }

    @Test
    void a_block_reason_with_the_nul_character_is_an_invalid_request_and_blocks_nobody() {
        UserId target = Crowd.registered(1, client).get(0);
        TableSnapshot before = TableSnapshot.of(service.dataSource());

        RawHttp.RawAnswer answer = send("PUT /api/v1/me/blocks/" + target + " HTTP/1.1\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\n", "{\"reason\":\"\\u0000\"}");

        assertInvalidRequest(answer);
        assertThat(TableSnapshot.of(service.dataSource()).rowsChangedSince(before)).isZero();
    }

    @Test
    void headers_over_the_limit_are_refused_with_a_problem_while_a_token_of_the_largest_accepted_size_fits() {
        RawHttp.RawAnswer huge = send("GET /health/live HTTP/1.1\r\nX-Fill: " + "a".repeat(RestApi.MAX_REQUEST_HEADER_BYTES) + "\r\n", "");
        RawHttp.RawAnswer largestToken = send("GET /api/v1/me/blocks HTTP/1.1\r\nAuthorization: Bearer " + "a".repeat(8 * 1024) + "\r\n", "");

        assertInvalidRequest(huge);
        assertThat(largestToken.status()).as("read to the authenticator, which refuses it: %s", largestToken).isEqualTo(401);
    }

    /** @param body sent with its Content-Length, unless the head says it is chunked */
    private RawHttp.RawAnswer send(String head, String body) {
        String length = body.isEmpty() || head.contains("Transfer-Encoding") ? "" : "Content-Length: " + body.length() + "\r\n";
        String request = head + length + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n" + body;
        return raw.exchange(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void assertInvalidRequest(RawHttp.RawAnswer answer) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"type\":\"https://relations.io/problems/invalid_request\"");
    }
}
