package io.relations.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.application.service.AdministrationService;
import io.relations.application.service.RelationshipCommandService;
import io.relations.application.service.RelationshipQueryService;
import org.junit.jupiter.api.Test;

class UseCasesTest {

    /** Compiles only while the application's three services still provide every port the API calls. */
    static UseCases wiredAsTheBootstrapDoes(RelationshipCommandService commands, RelationshipQueryService queries,
                                            AdministrationService administration) {
        return UseCases.of(commands, queries, administration);
    }

    @Test
    void one_object_may_provide_every_port() {
        StubUseCases stub = new StubUseCases();

        assertThat(UseCases.of(stub, stub, stub).history()).isSameAs(stub);
    }

    @Test
    void a_missing_port_fails_at_wiring_not_at_the_first_request() {
        StubUseCases stub = new StubUseCases();

        assertThatThrownBy(() -> new UseCases(stub, stub, stub, stub, stub, stub, stub, stub, stub, stub,
                stub, stub, stub, stub, stub, stub, stub, stub, stub, stub, stub, null))
                .isInstanceOf(NullPointerException.class);
    }
}
