package io.relations.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.application.service.AdministrationService;
import io.relations.application.service.ChangeFeedService;
import io.relations.application.service.RelationshipCommandService;
import io.relations.application.service.RelationshipQueryService;
import org.junit.jupiter.api.Test;

class ApiPortsTest {

    /** Compiles only while the application's services still provide every port the API calls. */
    static ApiPorts wiredAsTheBootstrapDoes(RelationshipCommandService commands, RelationshipQueryService queries,
                                            AdministrationService administration, ChangeFeedService changes) {
        return new ApiPorts(CommandPorts.of(commands), QueryPorts.of(queries), AdminPorts.of(administration), changes, administration);
    }

    @Test
    void given_one_object_providing_every_port_when_wired_then_each_group_holds_it() {
        StubUseCases stub = new StubUseCases();

        ApiPorts ports = stub.ports();

        assertThat(ports.commands().disconnect()).isSameAs(stub);
        assertThat(ports.queries().history()).isSameAs(stub);
        assertThat(ports.admin().moduleSwitch()).isSameAs(stub);
        assertThat(ports.changes()).isSameAs(stub);
        assertThat(ports.registerCaller()).isSameAs(stub);
    }

    @Test
    void given_a_missing_port_when_wired_then_it_fails_at_wiring_naming_the_port_not_at_the_first_request() {
        StubUseCases stub = new StubUseCases();

        assertThatThrownBy(() -> new CommandPorts(stub, stub, stub, stub, stub, stub, null, stub, stub))
                .isInstanceOf(NullPointerException.class).hasMessage("disconnect");
        assertThatThrownBy(() -> new QueryPorts(stub, stub, stub, stub, stub, stub, stub, null))
                .isInstanceOf(NullPointerException.class).hasMessage("history");
        assertThatThrownBy(() -> new AdminPorts(stub, stub, null))
                .isInstanceOf(NullPointerException.class).hasMessage("moduleSwitch");
        assertThatThrownBy(() -> new ApiPorts(CommandPorts.of(stub), QueryPorts.of(stub), AdminPorts.of(stub), null, stub))
                .isInstanceOf(NullPointerException.class).hasMessage("changes");
        assertThatThrownBy(() -> new ApiPorts(CommandPorts.of(stub), QueryPorts.of(stub), AdminPorts.of(stub), stub, null))
                .isInstanceOf(NullPointerException.class).hasMessage("registerCaller");
    }
}
