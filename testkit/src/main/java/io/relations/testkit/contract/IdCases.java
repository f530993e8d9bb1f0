package io.relations.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The ids of history rows. */
abstract class IdCases extends PortCases {

    IdCases(Supplier<PortsInUse> ports) {
        super(ports);
    }

    @Test
    void new_ids_increase_in_the_unsigned_order_postgresql_compares_uuids_by() {
        List<UUID> ids = IntStream.range(0, 1_000).mapToObj(i -> given.ports.ids().newId()).toList();

        for (int i = 1; i < ids.size(); i++) {
            UUID before = ids.get(i - 1);
            UUID after = ids.get(i);
            int order = Long.compareUnsigned(before.getMostSignificantBits(), after.getMostSignificantBits());
            if (order == 0) {
                order = Long.compareUnsigned(before.getLeastSignificantBits(), after.getLeastSignificantBits());
            }
            assertThat(order).as("%s before %s", before, after).isNegative();
        }
    }
}
