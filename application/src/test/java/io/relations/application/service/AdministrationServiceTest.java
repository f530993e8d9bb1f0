package io.relations.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.application.testing.InMemoryApplication;
import io.relations.domain.model.UserId;
import org.junit.jupiter.api.Test;

class AdministrationServiceTest {

    private static final UserId ALICE = UserId.parse("01900000-0000-7000-8000-000000000001");

    @Test
    void registering_tells_whether_the_user_is_new() {
        InMemoryApplication app = new InMemoryApplication();

        assertThat(app.administration.registerUser(ALICE)).isTrue();
        assertThat(app.administration.registerUser(ALICE)).isFalse();
        assertThat(app.administration.deleteUser(ALICE)).isTrue();
        assertThat(app.administration.deleteUser(ALICE)).isFalse();
    }

    @Test
    void administration_works_while_the_module_is_switched_off() {
        InMemoryApplication app = new InMemoryApplication();

        app.administration.switchConnections(false);

        assertThat(app.administration.connectionsEnabled()).isFalse();
        assertThat(app.administration.registerUser(ALICE)).isTrue();
        app.administration.switchConnections(true);
        assertThat(app.administration.connectionsEnabled()).isTrue();
    }
}
