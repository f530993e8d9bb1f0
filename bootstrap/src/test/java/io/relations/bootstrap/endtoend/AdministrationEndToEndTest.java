package io.relations.bootstrap.endtoend;

import static io.relations.bootstrap.testing.Pages.userIds;
import static io.relations.bootstrap.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.rest.HttpReply;
import io.relations.adapter.rest.problem.ProblemType;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.bootstrap.testing.SharedService;
import io.relations.domain.model.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedService.class)
class AdministrationEndToEndTest {

    private final ServiceUnderTest service;

    AdministrationEndToEndTest(ServiceUnderTest service) {
        this.service = service;
    }

    @Test
    void registering_a_new_user_answers_created_and_again_answers_ok() {
        // given
        UserId dave = ServiceUnderTest.unknownUser();

        // when
        HttpReply first = service.asAdmin().put("/api/v1/admin/users/" + dave);
        HttpReply again = service.asAdmin().put("/api/v1/admin/users/" + dave);

        // then
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().path("user_id").asText()).isEqualTo(dave.toString());
        assertThat(first.json().path("created").asBoolean()).isTrue();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("created").asBoolean()).isFalse();
    }

    @Test
    void deleting_a_user_erases_their_relationships_and_a_second_delete_is_user_not_found() {
        // given
        UserId alice = service.newUser();
        UserId bob = service.newUser();
        service.as(alice).put("/api/v1/me/following/" + bob);
        service.as(bob).put("/api/v1/me/connections/" + alice);

        // when
        HttpReply delete = service.asAdmin().delete("/api/v1/admin/users/" + alice);
        HttpReply again = service.asAdmin().delete("/api/v1/admin/users/" + alice);

        // then
        assertThat(delete.status()).isEqualTo(204);
        assertThat(delete.body()).isEmpty();
        assertProblem(again, ProblemType.USER_NOT_FOUND);
        assertThat(userIds(service.as(bob).get("/api/v1/users/" + bob + "/followers"))).isEmpty();
        assertThat(userIds(service.as(bob).get("/api/v1/me/connection-requests?direction=outgoing"))).isEmpty();
        assertProblem(service.as(bob).put("/api/v1/me/following/" + alice), ProblemType.USER_NOT_FOUND);
    }

    @Test
    void the_module_setting_reads_as_switched_on_by_default() {
        // when
        HttpReply setting = service.asAdmin().get("/api/v1/admin/settings/connections_enabled");

        // then
        assertThat(setting.status()).isEqualTo(200);
        assertThat(setting.json().path("key").asText()).isEqualTo("connections_enabled");
        assertThat(setting.json().path("value").asBoolean()).isTrue();
    }

    @Test
    void switching_the_module_to_its_current_value_answers_the_setting() {
        // when
        HttpReply setting = service.asAdmin().put("/api/v1/admin/settings/connections_enabled", "{\"value\": true}");

        // then
        assertThat(setting.status()).isEqualTo(200);
        assertThat(setting.json().path("value").asBoolean()).isTrue();
    }
}
