package io.relations.benchmarks.data;

import java.time.Instant;
import java.util.SplittableRandom;

/**
 * When each follow happened and its id. Times are uniform over three years, to the microsecond
 * (PostgreSQL's precision); the id is a UUIDv7 of that time's millisecond plus random bits, as the
 * service makes them (a follow row and its history row share the id and the time, as there).
 */
final class EdgeStamps {

    /** One follow's time and id. */
    record Stamp(long epochMicros, long idMostSignificantBits, long idLeastSignificantBits) {
    }

    static final Instant FIRST = Instant.parse("2023-01-01T00:00:00Z");
    static final Instant END = Instant.parse("2026-01-01T00:00:00Z");
    private static final long FIRST_MICROS = FIRST.getEpochSecond() * 1_000_000L;
    private static final long SPAN_MICROS = END.getEpochSecond() * 1_000_000L - FIRST_MICROS;

    private final SplittableRandom random;

    EdgeStamps(SplittableRandom random) {
        this.random = random;
    }

    Stamp next() {
        long micros = FIRST_MICROS + random.nextLong(SPAN_MICROS);
        long millis = Math.floorDiv(micros, 1_000L);
        // UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, version 7, 12 random bits; variant 10, 62 random bits.
        long most = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long least = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new Stamp(micros, most, least);
    }
}
