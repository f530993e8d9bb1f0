package io.relations.adapter.rest;

import static io.relations.adapter.rest.TestApi.newUser;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.relations.application.port.out.ValueRejectedException;
import io.relations.domain.model.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** A value the store refused (a data exception behind a port) is the client's fault: a 400, and one line in the log. */
class RejectedValueResponsesTest {

    @RegisterExtension
    static final TestApi api = new TestApi();
    private final UserId me = newUser();
    private final UserId other = newUser();
    private final Logger log = (Logger) LoggerFactory.getLogger(ProblemHandlers.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private Level levelBefore;

    @BeforeEach
    void captureTheProblemLog() {
        levelBefore = log.getLevel();
        lines.start();
        log.addAppender(lines);
        log.setLevel(Level.INFO);
    }

    @AfterEach
    void restoreTheProblemLog() {
        log.detachAppender(lines);
        log.setLevel(levelBefore);
    }

    @Test
    void a_value_the_store_rejects_is_an_invalid_request_logged_as_one_line_without_a_stack_trace() {
        // given a known caller, and a store that refuses the page asked for
        assertThat(api.get("/api/v1/me/blocks", api.token(me)).status()).isEqualTo(200);
        api.useCases.failure = new ValueRejectedException("the database refused a value of the request (SQLSTATE 22008)");

        // when
        var reply = api.get("/api/v1/users/" + other + "/followers?limit=5", api.token(me));

        // then
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.problem()).isEqualTo("invalid_request");
        assertThat(reply.body()).doesNotContain("SQLSTATE", "22008", "database");
        assertThat(lines.list).hasSize(1);
        ILoggingEvent line = lines.list.get(0);
        assertThat(line.getLevel()).isEqualTo(Level.WARN);
        assertThat(line.getThrowableProxy()).isNull();
        assertThat(line.getFormattedMessage())
                .contains(reply.header("X-Request-Id"), "GET /api/v1/users/{userId}/followers", "SQLSTATE 22008")
                .doesNotContain(other.toString(), "\n");
    }
}
