package io.relations.testkit.memory;

import io.relations.application.port.out.IdGenerator;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Predictable ids for tests: {@code 00000000-0000-7000-8000-000000000001}, {@code …002}, and so
 * on, each greater than the one before in the unsigned order PostgreSQL compares {@code uuid}
 * values by, as {@link IdGenerator} asks. Safe for any number of threads; each instance counts
 * from 1.
 */
public final class SequentialIds implements IdGenerator {

    private final AtomicLong next = new AtomicLong();

    /** Ids counted from 1. */
    public SequentialIds() {
        // nothing to set up: the counter starts at zero
    }

    @Override
    public UUID newId() {
        return new UUID(0x7000L, 0x8000000000000000L | next.incrementAndGet());
    }
}
