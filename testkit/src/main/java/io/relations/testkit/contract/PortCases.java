package io.relations.testkit.contract;

import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;

/**
 * A group of the contract's cases: one of {@link RelationshipPortsContract}'s nested classes
 * extends it, handing it the suite's ports, which exist only once the suite's own before-each
 * has run.
 */
abstract class PortCases {

    private final Supplier<PortsInUse> ports;
    PortsInUse given;

    PortCases(Supplier<PortsInUse> ports) {
        this.ports = ports;
    }

    @BeforeEach
    final void takeTheSuitesPorts() {
        given = ports.get();
    }
}
