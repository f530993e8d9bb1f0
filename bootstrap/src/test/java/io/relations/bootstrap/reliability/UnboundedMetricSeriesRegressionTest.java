package io.relations.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.relations.adapter.rest.RestApi;
import io.relations.adapter.rest.http.HttpMethods;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.domain.model.UserId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 10, finding 1, "unbounded metric series from unauthenticated input": every distinct method
 * name made a series of its own, and a method of 4,000 characters was taken. Over raw sockets,
 * since no HTTP client sends such methods.
 */
@ExtendWith(ReliabilityServices.Shared.class)
class UnboundedMetricSeriesRegressionTest {

    private static final int DISTINCT_METHODS = 200;

    private final ServiceUnderTest service;
    private final RawHttp raw;

    UnboundedMetricSeriesRegressionTest(ServiceUnderTest service) {
        this.service = service;
        this.raw = new RawHttp(service.port());
    }

    @Test
    void two_hundred_distinct_method_names_add_one_series_at_most_and_almost_nothing_to_the_metrics_text() {
        // given
        PrometheusMeterRegistry meters = service.meters();
        int seriesBefore = requestSeries().size();
        int textBefore = meters.scrape().getBytes(StandardCharsets.UTF_8).length;

        // when
        List<RawHttp.RawAnswer> answers = new ArrayList<>();
        for (int i = 0; i < DISTINCT_METHODS; i++) {
            answers.add(send("M" + i + "X /health/live HTTP/1.1\r\n"));
        }

        // then
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as("%s", answer).isEqualTo(405);
            assertThat(answer.header("Allow")).isEqualTo("GET");
            assertThat(answer.body()).contains("method_not_allowed");
        });
        assertThat(requestSeries().size() - seriesBefore).isLessThanOrEqualTo(1);
        assertThat(tagValues("method")).allMatch(method -> HttpMethods.KNOWN.contains(method) || method.equals(HttpMethods.OTHER));
        assertThat(meters.scrape().getBytes(StandardCharsets.UTF_8).length - textBefore).isLessThan(2_000);
    }

    @Test
    void a_method_name_of_four_thousand_characters_is_an_invalid_request_and_leaves_no_trace_in_the_tags() {
        String method = "M".repeat(4_000);

        RawHttp.RawAnswer answer = send(method + " /health/live HTTP/1.1\r\n");

        assertProblem(answer, 400, "invalid_request");
        assertThat(tagValues("method")).noneMatch(tag -> tag.contains("MMMM"));
    }

    @Test
    void a_method_one_character_over_the_limit_is_refused_and_one_at_the_limit_is_not() {
        RawHttp.RawAnswer over = send("M".repeat(HttpMethods.MAX_LENGTH + 1) + " /health/live HTTP/1.1\r\n");
        RawHttp.RawAnswer atLimit = send("M".repeat(HttpMethods.MAX_LENGTH) + " /health/live HTTP/1.1\r\n");

        assertProblem(over, 400, "invalid_request");
        assertProblem(atLimit, 405, "method_not_allowed");
    }

    @Test
    void a_method_that_is_not_a_token_is_an_invalid_request() {
        RawHttp.RawAnswer separator = send("G(T /health/live HTTP/1.1\r\n");
        RawHttp.RawAnswer nonAscii = send("G\u00e9T /health/live HTTP/1.1\r\n");

        assertProblem(separator, 400, "invalid_request");
        assertProblem(nonAscii, 400, "invalid_request");
    }

    @Test
    void an_unknown_method_is_method_not_allowed_on_a_known_path_and_not_found_elsewhere_never_a_server_error() {
        RawHttp.RawAnswer knownPath = send("PROPFIND /health/live HTTP/1.1\r\n");
        RawHttp.RawAnswer lowerCase = send("get /health/live HTTP/1.1\r\n");
        RawHttp.RawAnswer unknownPath = send("PROPFIND /nowhere HTTP/1.1\r\n");

        assertProblem(knownPath, 405, "method_not_allowed");
        assertThat(knownPath.header("Allow")).isEqualTo("GET");
        assertProblem(lowerCase, 405, "method_not_allowed");
        assertProblem(unknownPath, 404, "not_found");
    }

    @Test
    void a_method_override_header_is_refused_so_that_no_header_chooses_the_handler_or_the_tag() {
        // given an administrator, and a user nobody registered
        String admin = Tokens.admin();
        UserId user = ServiceUnderTest.unknownUser();
        TableSnapshot before = TableSnapshot.of(service.dataSource());

        // when a POST asks to be taken for the PUT that registers the user
        RawHttp.RawAnswer answer = send("POST /api/v1/admin/users/" + user + " HTTP/1.1\r\nAuthorization: Bearer " + admin
                + "\r\n" + HttpMethods.OVERRIDE_HEADER + ": PUT\r\n");
        RawHttp.RawAnswer odd = send("GET /health/live HTTP/1.1\r\n" + HttpMethods.OVERRIDE_HEADER + ": " + "Z".repeat(5_000) + "\r\n");

        // then
        assertProblem(answer, 400, "invalid_request");
        assertProblem(odd, 400, "invalid_request");
        assertThat(TableSnapshot.of(service.dataSource()).rowsChangedSince(before)).isZero();
        assertThat(tagValues("method")).noneMatch(tag -> tag.contains("ZZZZ"));
    }

    @Test
    void head_still_answers_on_a_get_route_and_is_timed_as_head() {
        RawHttp.RawAnswer answer = send("HEAD /health/live HTTP/1.1\r\n");

        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        // Javalin answers HEAD with the GET handler without naming it the matched endpoint: uri UNMATCHED
        assertThat(service.meters().find(RestApi.REQUEST_TIMER).tags("method", "HEAD", "status", "200").timer())
                .as("%s", requestSeries().stream().map(Meter::getId).toList()).isNotNull();
    }

    private RawHttp.RawAnswer send(String head) {
        return raw.exchange((head + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    private List<Meter> requestSeries() {
        return service.meters().find(RestApi.REQUEST_TIMER).meters().stream().toList();
    }

    private Set<String> tagValues(String key) {
        return requestSeries().stream().map(meter -> meter.getId().getTag(key)).collect(Collectors.toSet());
    }

    private static void assertProblem(RawHttp.RawAnswer answer, int status, String type) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"type\":\"https://relations.io/problems/" + type + "\"");
    }
}
