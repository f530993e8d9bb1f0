package io.relations.application.port.out;

import java.util.UUID;

/**
 * New ids of history rows: time-ordered UUIDv7 in production. Each id is greater than every id
 * the generator gave before, in the unsigned order PostgreSQL compares {@code uuid} values by:
 * the events of one command share their time, so their ids alone keep the history in order.
 */
public interface IdGenerator {

    /**
     * A new id.
     *
     * @return an id greater than any this generator returned before
     */
    UUID newId();
}
