package io.relations.application.model;

import io.relations.domain.decision.Refusal;
import java.util.Objects;
import java.util.function.Function;

/** What a use case answers: a value, or the reason it refused. Refusals are values, not exceptions. */
public sealed interface Outcome<T> {

    record Success<T>(T value) implements Outcome<T> {
        public Success {
            Objects.requireNonNull(value, "value");
        }
    }

    record Refused<T>(Refusal refusal) implements Outcome<T> {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }

    static <T> Outcome<T> success(T value) {
        return new Success<>(value);
    }

    static <T> Outcome<T> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }

    /** Exhaustive handling of both cases (Java 17 has no pattern switch). */
    default <R> R fold(Function<T, R> ifSuccess, Function<Refusal, R> ifRefused) {
        if (this instanceof Success<T> success) {
            return ifSuccess.apply(success.value());
        }
        return ifRefused.apply(((Refused<T>) this).refusal());
    }

    default <R> Outcome<R> map(Function<T, R> mapper) {
        return fold(value -> success(mapper.apply(value)), Outcome::refused);
    }
}
