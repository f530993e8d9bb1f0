package io.relations.adapter.rest;

import static io.relations.adapter.rest.CorsTest.LISTED;
import static io.relations.adapter.rest.CorsTest.assertNoCorsHeader;
import static io.relations.adapter.rest.CorsTest.preflight;
import static io.relations.adapter.rest.TestApi.newUser;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.domain.model.UserId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Finding 8 of issue 10: with no origin listed, CORS is off. */
class CorsOffByDefaultTest {

    @RegisterExtension
    static final TestApi api = new TestApi();
    private final UserId me = newUser();

    @Test
    void by_default_no_answer_carries_a_cors_header() {
        var reply = api.http().send("GET", "/api/v1/me/blocks", Map.of("Origin", LISTED, "Authorization", "Bearer " + api.token(me)), null);

        assertThat(reply.status()).isEqualTo(200);
        assertNoCorsHeader(reply);
        assertThat(reply.header("Vary")).isNull();
    }

    @Test
    void by_default_a_preflight_is_refused_like_any_unknown_method() {
        var reply = api.http().sendUnchecked("OPTIONS", "/api/v1/me/following/" + newUser(), preflight(LISTED), null);

        assertThat(reply.status()).isEqualTo(405);
        assertNoCorsHeader(reply);
    }
}
