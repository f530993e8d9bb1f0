package io.relations.application.testing;

import io.relations.application.port.out.IdGenerator;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Predictable, increasing ids for tests: 00000000-0000-7000-8000-000000000001, …002, … */
public final class SequentialIds implements IdGenerator {

    private final AtomicLong next = new AtomicLong();

    @Override
    public UUID newId() {
        return new UUID(0x7000L, 0x8000000000000000L | next.incrementAndGet());
    }
}
