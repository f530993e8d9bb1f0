package io.relations.bootstrap.endtoend;

import static io.relations.bootstrap.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.persistence.support.Sql;
import io.relations.adapter.persistence.support.Tables;
import io.relations.adapter.rest.HttpReply;
import io.relations.adapter.rest.problem.ProblemType;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.bootstrap.testing.SharedService;
import io.relations.domain.model.UserId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** DESIGN §2: with connections_enabled false, every command and query is refused; the admin routes still work. */
@ExtendWith(SharedService.class)
class ModuleSwitchEndToEndTest {

    private static final String SETTING = "/api/v1/admin/settings/connections_enabled";

    /** Every command and query route, with a request that would change or read something if the module were on. */
    private static final Map<String, String> COMMANDS_AND_QUERIES = Map.ofEntries(
            Map.entry("PUT /api/v1/me/following/{userId}", "/api/v1/me/following/{carol}"),
            Map.entry("DELETE /api/v1/me/following/{userId}", "/api/v1/me/following/{bob}"),
            Map.entry("DELETE /api/v1/me/followers/{userId}", "/api/v1/me/followers/{bob}"),
            Map.entry("PUT /api/v1/me/connections/{userId}", "/api/v1/me/connections/{carol}"),
            Map.entry("DELETE /api/v1/me/connections/{userId}", "/api/v1/me/connections/{bob}"),
            Map.entry("POST /api/v1/me/connection-requests/{userId}/accept", "/api/v1/me/connection-requests/{bob}/accept"),
            Map.entry("POST /api/v1/me/connection-requests/{userId}/reject", "/api/v1/me/connection-requests/{bob}/reject"),
            Map.entry("PUT /api/v1/me/blocks/{userId}", "/api/v1/me/blocks/{bob}"),
            Map.entry("DELETE /api/v1/me/blocks/{userId}", "/api/v1/me/blocks/{carol}"),
            Map.entry("GET /api/v1/users/{userId}/followers", "/api/v1/users/{bob}/followers"),
            Map.entry("GET /api/v1/users/{userId}/following", "/api/v1/users/{bob}/following"),
            Map.entry("GET /api/v1/users/{userId}/connections", "/api/v1/users/{bob}/connections"),
            Map.entry("GET /api/v1/users/{userId}/stats", "/api/v1/users/{bob}/stats"),
            Map.entry("GET /api/v1/me/connection-requests", "/api/v1/me/connection-requests?direction=incoming"),
            Map.entry("GET /api/v1/me/blocks", "/api/v1/me/blocks"),
            Map.entry("GET /api/v1/me/relationships", "/api/v1/me/relationships?ids={bob},{carol}"),
            Map.entry("GET /api/v1/me/history", "/api/v1/me/history?kind=follows"));

    private final ServiceUnderTest service;
    private final UserId alice;
    private final UserId bob;
    private final UserId carol;

    ModuleSwitchEndToEndTest(ServiceUnderTest service) {
        this.service = service;
        this.alice = service.newUser();
        this.bob = service.newUser();
        this.carol = service.newUser();
        service.as(alice).put("/api/v1/me/following/" + bob);
        service.as(bob).put("/api/v1/me/following/" + alice);
        service.as(bob).put("/api/v1/me/connections/" + alice);
        service.as(alice).put("/api/v1/me/blocks/" + carol);
    }

    @AfterEach
    void switchBackOn() {
        service.asAdmin().put(SETTING, "{\"value\": true}");
    }

    @Test
    void the_table_below_names_every_command_and_query_route() {
        Set<String> commandsAndQueries = service.coverage().documentedRoutes().stream()
                .filter(route -> route.contains(" /api/v1/") && !route.contains(" /api/v1/admin/"))
                // The change feed is for other services, and the module switch does not stop it (docs/CHANGES.md).
                .filter(route -> !route.contains(" /api/v1/changes"))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(new TreeSet<>(COMMANDS_AND_QUERIES.keySet())).isEqualTo(commandsAndQueries);
    }

    @Test
    void with_the_module_off_every_command_and_query_is_module_disabled_and_changes_nothing() {
        // given
        HttpReply switchOff = service.asAdmin().put(SETTING, "{\"value\": false}");
        Tables tables = new Tables(new Sql(service.dataSource()));
        List<String> before = tables.snapshot();

        // when / then
        COMMANDS_AND_QUERIES.forEach((route, path) -> {
            String method = route.substring(0, route.indexOf(' '));
            HttpReply reply = service.as(alice).send(method, path.replace("{bob}", bob.toString()).replace("{carol}", carol.toString()), null);
            assertProblem(reply, ProblemType.MODULE_DISABLED);
        });
        assertThat(switchOff.status()).isEqualTo(200);
        assertThat(switchOff.json().path("value").asBoolean()).isFalse();
        assertThat(tables.snapshot()).isEqualTo(before);
    }

    @Test
    void with_the_module_off_the_admin_routes_still_work() {
        // given
        service.asAdmin().put(SETTING, "{\"value\": false}");
        UserId dave = ServiceUnderTest.unknownUser();

        // when
        HttpReply setting = service.asAdmin().get(SETTING);
        HttpReply register = service.asAdmin().put("/api/v1/admin/users/" + dave);
        HttpReply delete = service.asAdmin().delete("/api/v1/admin/users/" + dave);

        // then
        assertThat(setting.status()).isEqualTo(200);
        assertThat(setting.json().path("key").asText()).isEqualTo("connections_enabled");
        assertThat(setting.json().path("value").asBoolean()).isFalse();
        assertThat(register.status()).isEqualTo(201);
        assertThat(delete.status()).isEqualTo(204);
    }

    @Test
    void switching_the_module_back_on_serves_commands_again_on_the_state_left_as_it_was() {
        // given
        service.asAdmin().put(SETTING, "{\"value\": false}");

        // when
        HttpReply switchOn = service.asAdmin().put(SETTING, "{\"value\": true}");

        // then
        assertThat(switchOn.json().path("value").asBoolean()).isTrue();
        HttpReply follow = service.as(alice).put("/api/v1/me/following/" + bob);
        assertThat(follow.status()).isEqualTo(200);
        assertThat(follow.json().path("followed_by").asBoolean()).isTrue();
        assertThat(follow.json().path("connection").asText()).isEqualTo("pending_incoming");
    }
}
