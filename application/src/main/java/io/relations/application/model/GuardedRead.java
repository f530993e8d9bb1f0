package io.relations.application.model;

import java.util.Objects;

/**
 * What a read port answers: the rows asked for, together with the facts that decide whether they
 * may be shown, both from one snapshot, so that no change committed between a check and the read
 * it guards can slip through. The port only reads; the application applies the rules.
 *
 * @param <T>    the type of the rows
 * @param facts  what decides whether the rows may be shown
 * @param result the rows asked for, whatever the facts say
 */
public record GuardedRead<T>(ReadFacts facts, T result) {

    /**
     * The rows with their facts.
     *
     * @param facts  what decides whether the rows may be shown
     * @param result the rows asked for, whatever the facts say
     * @throws NullPointerException if either is null
     */
    public GuardedRead {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(result, "result");
    }
}
