package io.relations.application.port.out;

import java.util.UUID;

/** New row ids: time-ordered UUIDv7 in production. */
public interface IdGenerator {

    UUID newId();
}
