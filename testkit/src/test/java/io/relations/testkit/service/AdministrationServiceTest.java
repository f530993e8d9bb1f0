package io.relations.testkit.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.application.model.Denial;
import io.relations.application.model.Outcome;
import io.relations.testkit.memory.InMemoryUsers;
import io.relations.testkit.testing.InMemoryApplication;
import io.relations.domain.model.UserId;
import org.junit.jupiter.api.Test;

class AdministrationServiceTest {

    private static final UserId ALICE = UserId.parse("01900000-0000-7000-8000-000000000001");
    private static final UserId ADMIN = UserId.parse("01900000-0000-7000-8000-00000000ad02");

    @Test
    void registering_tells_whether_the_user_is_new() {
        InMemoryApplication app = new InMemoryApplication();

        assertThat(app.administration.registerUser(ALICE, ADMIN)).isTrue();
        assertThat(app.administration.registerUser(ALICE, ADMIN)).isFalse();
        assertThat(app.administration.deleteUser(ALICE, ADMIN)).isTrue();
        assertThat(app.administration.deleteUser(ALICE, ADMIN)).isFalse();
    }

    @Test
    void a_deleted_user_is_not_registered_again_on_first_use_until_an_administrator_registers_them() {
        // given alice registered on first use, then deleted
        InMemoryApplication app = new InMemoryApplication();
        assertThat(app.administration.registerCaller(ALICE)).isEqualTo(Outcome.success(true));
        assertThat(app.administration.registerCaller(ALICE)).isEqualTo(Outcome.success(false));
        app.administration.deleteUser(ALICE, ADMIN);

        // when her next request registers her, then it is refused and she stays unknown
        assertThat(app.administration.registerCaller(ALICE)).isEqualTo(Outcome.denied(Denial.USER_DELETED));
        assertThat(app.users.exists(ALICE)).isFalse();

        // when an administrator registers her, then her requests register her again
        assertThat(app.administration.registerUser(ALICE, ADMIN)).isTrue();
        assertThat(app.administration.registerCaller(ALICE)).isEqualTo(Outcome.success(false));
        assertThat(app.users.isDeleted(ALICE)).isFalse();
    }

    @Test
    void administration_works_while_the_module_is_switched_off() {
        InMemoryApplication app = new InMemoryApplication();

        app.administration.switchConnections(false, InMemoryUsers.ADMINISTRATOR);

        assertThat(app.administration.connectionsEnabled()).isFalse();
        assertThat(app.administration.registerUser(ALICE, ADMIN)).isTrue();
        assertThat(app.administration.registerCaller(ADMIN)).isEqualTo(Outcome.success(true));
        app.administration.switchConnections(true, InMemoryUsers.ADMINISTRATOR);
        assertThat(app.administration.connectionsEnabled()).isTrue();
    }
}
