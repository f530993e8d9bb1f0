package io.relations.adapter.persistence.id;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import io.relations.application.port.out.IdGenerator;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * Time-ordered UUIDv7 ids, strictly increasing within this JVM: the history is replayed in
 * (inserted_at, id) order, and the events of one transaction share their time, so their ids alone
 * must keep them in order.
 *
 * <p>JUG's epoch generator increments the random part within a millisecond, but reads the clock
 * before taking its lock: a thread holding an older reading can enter after a newer one and start
 * a fresh random sequence below it, so two ids from one thread can come out of order. Here the
 * clock is read under the lock and never moves backwards, which makes the sequence monotonic.
 */
public final class UuidV7Ids implements IdGenerator {

    private final TimeBasedEpochGenerator generator = Generators.timeBasedEpochGenerator();
    private final LongSupplier millisecondClock;
    private long lastMillis;

    public UuidV7Ids() {
        this(System::currentTimeMillis);
    }

    /** With a clock of its own, so tests can make the wall clock stand still or step back. */
    public UuidV7Ids(LongSupplier millisecondClock) {
        this.millisecondClock = millisecondClock;
    }

    @Override
    public synchronized UUID newId() {
        lastMillis = Math.max(lastMillis, millisecondClock.getAsLong());
        return generator.construct(lastMillis);
    }
}
