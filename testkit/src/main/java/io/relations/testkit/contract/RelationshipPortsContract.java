package io.relations.testkit.contract;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;

/**
 * What the outbound ports promise the application, as tests any implementation must pass: the
 * in-memory ports of this kit and the PostgreSQL adapter both do. Subclass it in your own tests
 * and return your ports from {@link #newPorts()}:
 *
 * <pre>{@code
 * class MyStorageContractTest extends RelationshipPortsContract {
 *     @Override
 *     protected RelationshipPorts newPorts() {
 *         return new RelationshipPorts(...);   // your implementation of each port
 *     }
 * }
 * }</pre>
 *
 * <p>The suite writes through the command path's port ({@link io.relations.application.port.out.PairTransactions})
 * events as the application records them, and reads them back through every other port. Each test
 * makes users of its own and switches the module back on if it switched it off, so the tests of a
 * class may share one storage (one database per test class, say: open it in a static
 * {@code @BeforeAll} method, since the suite's groups are {@code @Nested} classes and a registered
 * extension's before-all callback runs again for each of them). The concurrency cases run two
 * threads on one pair, a bounded number of rounds, each wait bounded in time.
 */
public abstract class RelationshipPortsContract {

    private PortsInUse suitePorts;

    /** For subclasses only. */
    protected RelationshipPortsContract() {
        // the ports come from newPorts(), before each test
    }

    /**
     * The ports under test, called before each test. They may be new, or over a storage the
     * class's tests share; they must all see the same data.
     *
     * @return every outbound port of one storage
     */
    protected abstract RelationshipPorts newPorts();

    @BeforeEach
    final void openThePorts() {
        suitePorts = new PortsInUse(newPorts());
    }

    /** What a command reads under the pair's lock, and what recording its events does. */
    @Nested
    class TheFactsOfACommand extends CommandFactsCases {

        TheFactsOfACommand() {
            super(() -> suitePorts);
        }
    }

    /** {@code connections_enabled}, as every statement of the command path and the reads sees it. */
    @Nested
    class TheModuleSwitch extends ModuleSwitchCases {

        TheModuleSwitch() {
            super(() -> suitePorts);
        }
    }

    /** Registration, deletion and its tombstone. */
    @Nested
    class TheUserDirectory extends UserDirectoryCases {

        TheUserDirectory() {
            super(() -> suitePorts);
        }
    }

    /** What a recorded event makes visible to the read ports. */
    @Nested
    class WhatTheReadsSee extends ReadCases {

        WhatTheReadsSee() {
            super(() -> suitePorts);
        }
    }

    /** Keyset pages: newest first on (time, id), each page after the cursor the one before gave. */
    @Nested
    class KeysetPages extends KeysetPageCases {

        KeysetPages() {
            super(() -> suitePorts);
        }
    }

    /** The ids of history rows. */
    @Nested
    class NewIds extends IdCases {

        NewIds() {
            super(() -> suitePorts);
        }
    }

    /** Two threads on one pair: their transactions run one after the other, whatever the order they come in. */
    @Nested
    class Concurrency extends ConcurrencyCases {

        Concurrency() {
            super(() -> suitePorts);
        }
    }

    /** The change log the transactions write, and its consumers' positions and claims. */
    @Nested
    class TheChangeLog extends ChangeLogCases {

        TheChangeLog() {
            super(() -> suitePorts);
        }
    }
}
