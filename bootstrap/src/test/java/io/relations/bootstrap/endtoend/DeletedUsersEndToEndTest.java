package io.relations.bootstrap.endtoend;

import static io.relations.bootstrap.testing.Pages.userIds;
import static io.relations.bootstrap.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.rest.HttpReply;
import io.relations.adapter.rest.problem.ProblemType;
import io.relations.bootstrap.testing.ApiClient;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.bootstrap.testing.SharedService;
import io.relations.domain.model.UserId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Issue 10, finding 7: a deleted user's tokens stay valid until they expire, and must not let them back in. */
@ExtendWith(SharedService.class)
class DeletedUsersEndToEndTest {

    private final ServiceUnderTest service;

    DeletedUsersEndToEndTest(ServiceUnderTest service) {
        this.service = service;
    }

    @Test
    void a_deleted_users_old_token_is_refused_and_does_not_register_them_until_an_admin_registers_them_again() {
        // given alice, active with a token she keeps, deleted by an administrator
        UserId alice = service.newUser();
        UserId bob = service.newUser();
        ApiClient asAlice = service.as(alice);
        assertThat(asAlice.put("/api/v1/me/following/" + bob).status()).isEqualTo(200);
        assertThat(service.asAdmin().delete("/api/v1/admin/users/" + alice).status()).isEqualTo(204);

        // when she uses the old token, for a command, her own list and someone else's
        HttpReply command = asAlice.put("/api/v1/me/following/" + bob);
        HttpReply ownList = asAlice.get("/api/v1/me/blocks");
        HttpReply othersList = asAlice.get("/api/v1/users/" + bob + "/followers");

        // then each is refused user_deleted, and she is not registered again
        assertProblem(command, ProblemType.USER_DELETED);
        assertProblem(ownList, ProblemType.USER_DELETED);
        assertProblem(othersList, ProblemType.USER_DELETED);
        assertThat(count("select count(*) from phoenix_kit_users where id = ?", alice)).isZero();
        assertThat(count("select count(*) from phoenix_kit_deleted_users where user_id = ?", alice)).isEqualTo(1);
        assertProblem(service.as(bob).put("/api/v1/me/following/" + alice), ProblemType.USER_NOT_FOUND);

        // when an administrator registers her again, then the same token works again
        assertThat(service.asAdmin().put("/api/v1/admin/users/" + alice).status()).isEqualTo(201);
        assertThat(asAlice.put("/api/v1/me/following/" + bob).status()).isEqualTo(200);
        assertThat(userIds(service.as(bob).get("/api/v1/users/" + bob + "/followers"))).containsExactly(alice);
        assertThat(count("select count(*) from phoenix_kit_deleted_users_history where user_id = ?", alice)).isEqualTo(2);
        assertThat(service.invariantViolations()).isEmpty();
    }

    @Test
    void a_deletion_made_through_another_instance_holds_on_an_instance_that_still_remembers_the_user() {
        // given alice known to a second instance's cache
        UserId alice = service.newUser();
        UserId bob = service.newUser();
        try (ServiceUnderTest second = service.anotherInstance()) {
            ApiClient aliceThere = second.as(alice);
            assertThat(aliceThere.put("/api/v1/me/following/" + bob).status()).isEqualTo(200);

            // when the first instance deletes her
            assertThat(service.asAdmin().delete("/api/v1/admin/users/" + alice).status()).isEqualTo(204);

            // then the second instance, whose cache still names her, refuses her commands and queries
            assertProblem(aliceThere.put("/api/v1/me/following/" + bob), ProblemType.USER_DELETED);
            assertProblem(aliceThere.put("/api/v1/me/blocks/" + bob), ProblemType.USER_DELETED);
            assertProblem(aliceThere.get("/api/v1/me/history?kind=follows"), ProblemType.USER_DELETED);
            assertProblem(aliceThere.get("/api/v1/users/" + bob + "/stats"), ProblemType.USER_DELETED);
            assertProblem(aliceThere.get("/api/v1/me/relationships?ids=" + bob), ProblemType.USER_DELETED);
            assertThat(count("select count(*) from phoenix_kit_users where id = ?", alice)).isZero();

            // and once an administrator registers her on the first, the second lets her act again
            assertThat(service.asAdmin().put("/api/v1/admin/users/" + alice).status()).isEqualTo(201);
            assertThat(aliceThere.put("/api/v1/me/following/" + bob).status()).isEqualTo(200);
        }
        assertThat(service.invariantViolations()).isEmpty();
    }

    @Test
    void a_deleted_administrators_token_no_longer_opens_the_admin_routes_on_any_instance() {
        // given an administrator known to a second instance
        UserId formerAdmin = ServiceUnderTest.unknownUser();
        try (ServiceUnderTest second = service.anotherInstance()) {
            String adminToken = ServiceUnderTest.minter(java.time.Clock.systemUTC()).mint(formerAdmin, true, java.time.Duration.ofMinutes(30));
            ApiClient thereAsFormerAdmin = second.withToken(adminToken);
            assertThat(thereAsFormerAdmin.get("/api/v1/admin/settings/connections_enabled").status()).isEqualTo(200);

            // when another administrator deletes them through the first instance
            assertThat(service.asAdmin().delete("/api/v1/admin/users/" + formerAdmin).status()).isEqualTo(204);

            // then the second refuses their admin requests too, and the victim of a delete they try is untouched
            UserId carol = service.newUser();
            assertProblem(thereAsFormerAdmin.delete("/api/v1/admin/users/" + carol), ProblemType.USER_DELETED);
            assertProblem(thereAsFormerAdmin.put("/api/v1/admin/settings/connections_enabled", "{\"value\": false}"), ProblemType.USER_DELETED);
            assertThat(count("select count(*) from phoenix_kit_users where id = ?", carol)).isEqualTo(1);
            assertThat(service.asAdmin().get("/api/v1/admin/settings/connections_enabled").json().path("value").asBoolean()).isTrue();
        }
    }

    private long count(String sql, UserId user) {
        try (Connection connection = service.dataSource().getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, user.value());
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
