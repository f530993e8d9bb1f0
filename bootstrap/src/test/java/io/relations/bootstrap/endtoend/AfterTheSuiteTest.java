package io.relations.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.bootstrap.testing.ServiceUnderTest;
import io.relations.bootstrap.testing.SharedService;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs after every other class of the suite (junit-platform.properties orders classes by
 * {@link Order}) and judges what they did through the shared service. Run alone, it fails: no
 * route has answered yet.
 */
@ExtendWith(SharedService.class)
@Order(Integer.MAX_VALUE)
class AfterTheSuiteTest {

    private final ServiceUnderTest service;

    AfterTheSuiteTest(ServiceUnderTest service) {
        this.service = service;
    }

    @Test
    void every_route_of_the_openapi_document_answered_with_success_in_some_end_to_end_test() {
        assertThat(service.coverage().documentedRoutes()).hasSizeGreaterThan(25);
        assertThat(service.coverage().routesWithoutSuccess()).as("routes no end-to-end test reached with success").isEmpty();
    }

    @Test
    void the_database_holds_every_invariant_after_the_suite() {
        assertThat(service.invariantViolations()).isEmpty();
    }
}
