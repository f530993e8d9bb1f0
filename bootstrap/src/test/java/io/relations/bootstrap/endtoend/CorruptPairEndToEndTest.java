package io.relations.bootstrap.endtoend;

import static io.relations.bootstrap.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.rest.HttpReply;
import io.relations.adapter.rest.problem.ProblemType;
import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.bootstrap.testing.SharedService;
import io.relations.domain.model.UserId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A pair the database holds broken (a follow inserted by SQL beside a block) answers 500
 * {@code corrupt_pair} naming the pair, for a command and for the batch lookup, until it is
 * repaired; the test repairs it, so the suite's last judge finds every invariant held.
 */
@ExtendWith(SharedService.class)
class CorruptPairEndToEndTest {

    private final ServiceUnderTest service;
    private final UserId alice;
    private final UserId bob;

    CorruptPairEndToEndTest(ServiceUnderTest service) {
        this.service = service;
        this.alice = service.newUser();
        this.bob = service.newUser();
    }

    @Test
    void a_corrupt_pair_is_answered_corrupt_pair_naming_it_until_repaired() throws SQLException {
        // given bob blocks alice, and a follow of alice's is written beside the block around the service
        assertThat(service.as(bob).put("/api/v1/me/blocks/" + alice).status()).isEqualTo(200);
        UUID row = UUID.randomUUID();
        execute("insert into phoenix_kit_user_follows values (?, ?, ?, now())", row, alice.value(), bob.value());
        try {
            // when
            HttpReply command = service.as(alice).delete("/api/v1/me/following/" + bob);
            HttpReply lookup = service.as(bob).get("/api/v1/me/relationships?ids=" + alice);

            // then
            assertProblem(command, ProblemType.CORRUPT_PAIR);
            assertThat(command.json().path("detail").asText()).contains(alice.toString(), bob.toString());
            assertProblem(lookup, ProblemType.CORRUPT_PAIR);
        } finally {
            execute("delete from phoenix_kit_user_follows where id = ?", row);
        }

        // and once repaired, the pair is served again
        assertThat(service.as(bob).delete("/api/v1/me/blocks/" + alice).status()).isEqualTo(200);
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = service.dataSource().getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
