package io.relations.bootstrap.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.rest.HttpReply;
import io.relations.adapter.rest.problem.ProblemType;

/** What every problem answer must be (DESIGN §4): its one status, its stable type URI, the request id repeated. */
public final class Problems {

    private Problems() {
    }

    public static void assertProblem(HttpReply reply, ProblemType type) {
        assertThat(reply.status()).as("the status of %s", reply).isEqualTo(type.status());
        assertThat(reply.problem()).as("the problem of %s", reply).isEqualTo(type.code());
        assertThat(reply.json().path("type").asText()).isEqualTo(type.uri().toString());
        assertThat(reply.json().path("status").asInt()).isEqualTo(type.status());
        assertThat(reply.json().path("request_id").asText()).isEqualTo(reply.header("X-Request-Id"));
    }
}
