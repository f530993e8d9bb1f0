/**
 * The relationship kernel: follows, connections and blocks between two users, decided by a pure
 * function and replayable from its events. Needs nothing but {@code java.base}.
 */
module io.relations.domain {
    exports io.relations.domain.model;
    exports io.relations.domain.event;
    exports io.relations.domain.decision;
}
