package io.relations.testkit.contract;

import static io.relations.testkit.contract.PortsInUse.ADMINISTRATOR;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.application.model.PageRequest;
import io.relations.domain.model.UserId;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** {@code connections_enabled}, as every statement of the command path and the reads sees it. */
abstract class ModuleSwitchCases extends PortCases {

    ModuleSwitchCases(Supplier<PortsInUse> ports) {
        super(ports);
    }

    @Test
    void switching_the_module_off_and_on_reaches_the_facts_of_commands_lists_and_lookups() {
        UserId alice = given.newUser();
        UserId bob = given.newUser();
        try {
            given.ports.moduleSwitch().switchConnections(false, ADMINISTRATOR);

            assertThat(given.ports.moduleSwitch().connectionsEnabled()).isFalse();
            assertThat(given.facts(alice, bob).connectionsEnabled()).isFalse();
            assertThat(given.ports.followLists().followers(alice, bob, PageRequest.first(10)).facts().connectionsEnabled()).isFalse();
            assertThat(given.ports.blockLists().blockedBy(alice, PageRequest.first(10)).facts().connectionsEnabled()).isFalse();
            assertThat(given.ports.statistics().statsOf(alice, bob).facts().connectionsEnabled()).isFalse();
            assertThat(given.ports.lookups().lookUp(alice, Set.of(bob)).connectionsEnabled()).isFalse();
        } finally {
            given.ports.moduleSwitch().switchConnections(true, ADMINISTRATOR);
        }

        assertThat(given.ports.moduleSwitch().connectionsEnabled()).isTrue();
        assertThat(given.facts(alice, bob).connectionsEnabled()).isTrue();
        assertThat(given.ports.followLists().followers(alice, bob, PageRequest.first(10)).facts().connectionsEnabled()).isTrue();
        assertThat(given.ports.lookups().lookUp(alice, Set.of()).connectionsEnabled()).isTrue();
    }
}
