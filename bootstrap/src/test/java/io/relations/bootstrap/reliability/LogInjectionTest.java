package io.relations.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.relations.adapter.rest.http.LogText;
import io.relations.bootstrap.reliability.LogInjections.Field;
import io.relations.bootstrap.testing.ServiceUnderTest;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Log injection: requests carrying CR, LF, ANSI escapes, U+2028 and their kin in every field, and
 * the service's log as production writes it ({@link CapturedLogs}, text and JSON). Every line must
 * hold none of those characters raw (a tab only where a stack frame starts), every JSON line must
 * parse, and no line may begin with the attacker's text. {@code -Drelations.seed=} replays the
 * random run.
 */
@ExtendWith(ReliabilityServices.Shared.class)
class LogInjectionTest {

    private static final String MARKER = "FORGED";
    private static final String FORGED_LINE = MARKER + " 2026-12-01T09:00:00.000+00:00 INFO  [main] io.relations.bootstrap.Main - admin granted";
    /** What a forger puts before its line: breaks any reader may honour, and escapes a terminal obeys. */
    private static final List<String> BREAKS = List.of("\n", "\r\n", "\r", "\u001b[2K\r", "\u001b[31m", "\u2028", "\u2029",
            "\u0085", "\u000b", "\u000c", "\u202e", "\u0000", "\t");
    private static final int RANDOM_REQUESTS = Volumes.fastOrLong(300, 5_000);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServiceUnderTest service;
    private final RawHttp http;
    private final LogInjections injections;
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private long serverErrors;

    LogInjectionTest(ServiceUnderTest service) {
        this.service = service;
        this.http = new RawHttp(service.port());
        Crowd users = Crowd.registered(2, new LoadClient(service.port()));
        this.injections = new LogInjections(users.get(0), users.get(1));
    }

    @Test
    void a_newline_in_the_jwt_headers_typ_cannot_forge_a_log_line() {
        try (CapturedLogs text = CapturedLogs.of("text"); CapturedLogs json = CapturedLogs.of("json")) {
            // given a well-signed token whose header's typ carries a line of its own
            HostileRequest request = injections.request(Field.JWT_TYP, "JWT\n" + FORGED_LINE, "log-injection-typ");

            // when
            int status = send(request);

            // then the refusal is logged, in words of the service's own, on a line of its own
            assertThat(status).isEqualTo(401);
            assertThat(text.lines()).anyMatch(line -> line.contains("Refused a token (request log-injection-typ): the header is not accepted"));
            assertThat(json.lines()).anyMatch(line -> line.contains("Refused a token") && line.contains("log-injection-typ"));
            assertThat(mistakes(text, json)).isEmpty();
        }
    }

    @Test
    void line_breaks_and_escapes_in_every_field_of_a_request_reach_neither_log_format_raw() {
        long started = System.nanoTime();
        int requests = 0;
        List<String> mistakes;
        List<String> textLines;
        try (CapturedLogs text = CapturedLogs.of("text"); CapturedLogs json = CapturedLogs.of("json")) {
            // given every field, with every break before a forged line
            for (Field field : Field.values()) {
                for (String lineBreak : BREAKS) {
                    // when
                    send(injections.request(field, lineBreak + FORGED_LINE, "log-injection-" + requests++));
                }
            }
            mistakes = mistakes(text, json);
            textLines = text.lines();
        }

        // then
        figures("every field", requests, started, mistakes);
        assertThat(mistakes).isEmpty();
        assertThat(serverErrors).as("5xx answers, statuses %s", statuses).isZero();
        // the attacker's text did reach the log (the path, percent-encoded as sent), and so did the refusals
        assertThat(textLines).anyMatch(line -> line.contains("relations.access") && line.contains(MARKER));
        assertThat(textLines).anyMatch(line -> line.contains("Refused a token"));
    }

    @Test
    void random_hostile_text_in_random_fields_reaches_neither_log_format_raw() {
        long seed = Seeds.seed();
        System.out.println(Figures.PREFIX + " log injection: seed " + seed + "; replay with -D" + Seeds.PROPERTY + "=" + seed);
        Random random = new Random(seed);
        long started = System.nanoTime();
        List<String> mistakes;
        try (CapturedLogs text = CapturedLogs.of("text"); CapturedLogs json = CapturedLogs.of("json")) {
            for (int i = 0; i < RANDOM_REQUESTS; i++) {
                // given a random field, and random text of breaks, controls, marks and letters
                Field field = Field.values()[random.nextInt(Field.values().length)];
                // when
                send(injections.request(field, randomText(random), "log-injection-random-" + i));
            }
            mistakes = mistakes(text, json);
        }

        // then
        figures("random fields, seed " + seed, RANDOM_REQUESTS, started, mistakes);
        assertThat(mistakes).as("seed %d", seed).isEmpty();
        assertThat(serverErrors).as("seed %d: 5xx answers, statuses %s", seed, statuses).isZero();
    }

    @Test
    void a_line_break_in_any_librarys_message_key_value_or_exception_is_escaped_in_both_formats() throws IOException {
        Logger library = LoggerFactory.getLogger("org.eclipse.jetty.server.LogInjectionTest");
        String quoted = BREAKS.stream().map(lineBreak -> lineBreak + FORGED_LINE).reduce("", String::concat);
        try (CapturedLogs text = CapturedLogs.of("text"); CapturedLogs json = CapturedLogs.of("json")) {
            // given a library that quotes a client's text in its message, a key-value and an exception
            IllegalStateException thrown = new IllegalStateException("bad target " + quoted, new IllegalArgumentException("cause " + quoted));
            thrown.addSuppressed(new RuntimeException("suppressed " + quoted));

            // when
            library.atWarn().addKeyValue("target", quoted).setCause(thrown).log("bad request " + quoted);

            // then no line is the library's to start, and JSON still carries the text as it was
            assertThat(mistakes(text, json)).isEmpty();
            assertThat(text.lines()).anyMatch(line -> line.contains("bad request \\n" + MARKER));
            assertThat(text.lines()).anyMatch(line -> line.startsWith("Caused by: java.lang.IllegalArgumentException: cause \\n" + MARKER));
            JsonNode record = JSON.readTree(json.lines().get(json.lines().size() - 1));
            assertThat(record.path("message").asText()).isEqualTo("bad request " + quoted);
            assertThat(record.toString()).contains("suppressed");
        }
    }

    private int send(HostileRequest request) {
        int status = http.exchange(request.bytes()).status();
        statuses.merge(status, 1, Integer::sum);
        if (status >= 500) {
            serverErrors++;
        }
        return status;
    }

    /** Every way a captured line is wrong: a raw break or escape, text that is not JSON, a line that begins with the marker. */
    private static List<String> mistakes(CapturedLogs text, CapturedLogs json) {
        List<String> mistakes = new ArrayList<>();
        for (String line : text.lines()) {
            if (line.codePoints().anyMatch(c -> c != '\t' && LogText.isUnsafe(c))) {
                mistakes.add("text, a raw control: " + LogText.escaped(line));
            }
            if (line.strip().startsWith(MARKER)) {
                mistakes.add("text, a forged line: " + LogText.escaped(line));
            }
        }
        for (String line : json.lines()) {
            if (line.codePoints().anyMatch(LogText::isUnsafe)) {
                mistakes.add("json, a raw control: " + LogText.escaped(line));
            }
            if (line.strip().startsWith(MARKER)) {
                mistakes.add("json, a forged line: " + LogText.escaped(line));
            }
            try {
                if (!JSON.readTree(line).isObject()) {
                    mistakes.add("json, not an object: " + LogText.escaped(line));
                }
            } catch (IOException notJson) {
                mistakes.add("json, not JSON: " + LogText.escaped(line));
            }
        }
        if (text.lines().isEmpty() || json.lines().isEmpty()) {
            mistakes.add("nothing was logged, so nothing was tested");
        }
        return mistakes;
    }

    /** One to four pieces, each a break, control, format character, letter or the marker. */
    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int piece = 1 + random.nextInt(4); piece > 0; piece--) {
            switch (random.nextInt(5)) {
                case 0 -> text.append(BREAKS.get(random.nextInt(BREAKS.size())));
                case 1 -> text.appendCodePoint(random.nextInt(0x20));
                case 2 -> text.appendCodePoint(0x7F + random.nextInt(0x21));
                case 3 -> text.appendCodePoint(new int[] {0x2028, 0x2029, 0x200E, 0x200F, 0x202A, 0x202E, 0x2066, 0x2069, 0xFEFF, 0x061C}[random.nextInt(10)]);
                default -> text.appendCodePoint('a' + random.nextInt(26)).append("é中");
            }
            text.append(random.nextBoolean() ? FORGED_LINE : MARKER);
        }
        return text.toString();
    }

    private void figures(String what, int requests, long started, List<String> mistakes) {
        new Figures("log injection", requests + " requests, " + what, Duration.ofNanos(System.nanoTime() - started), serverErrors,
                service.invariantViolations().size(), Figures.NOT_MEASURED, "raw controls or forged lines " + mistakes.size() + ", statuses " + statuses).print();
        mistakes.stream().limit(20).forEach(mistake -> System.out.println("  " + mistake));
    }
}
