package io.relations.adapter.rest;

import static io.relations.adapter.rest.TestApi.newUser;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.relations.application.port.out.CorruptPairException;
import io.relations.domain.model.InconsistentPairStateException;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** A pair the database holds broken is a 500 of its own stable type naming the pair, and one log line without a stack trace. */
class CorruptPairResponsesTest {

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
    void a_command_on_a_corrupt_pair_is_a_corrupt_pair_problem_naming_the_pair_logged_once_without_a_stack_trace() {
        // given a known caller, and a store that holds their pair with the other user broken
        assertThat(api.get("/api/v1/me/blocks", api.token(me)).status()).isEqualTo(200);
        UserPair pair = UserPair.of(me, other);
        api.useCases.failure = new CorruptPairException(pair, new InconsistentPairStateException(
                pair, InconsistentPairStateException.Invariant.BLOCK_EXCLUDES_FOLLOWS_AND_CONNECTION, "a block beside a follow"));

        // when
        var reply = api.send("PUT", "/api/v1/me/following/" + other, api.token(me), null);

        // then
        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.problem()).isEqualTo("corrupt_pair");
        assertThat(reply.json().path("type").asText()).isEqualTo("https://relations.io/problems/corrupt_pair");
        assertThat(reply.json().path("detail").asText()).contains(me.toString(), other.toString());
        assertThat(reply.body()).doesNotContain("Exception", "invariant", "at io.");
        assertThat(lines.list).hasSize(1);
        ILoggingEvent line = lines.list.get(0);
        assertThat(line.getLevel()).isEqualTo(Level.ERROR);
        assertThat(line.getThrowableProxy()).isNull();
        assertThat(line.getFormattedMessage())
                .contains(reply.header("X-Request-Id"), "PUT /api/v1/me/following/{userId}", me.toString(), other.toString(), "invariant 2")
                .doesNotContain("\n");
    }
}
