package io.relations.application.model;

import io.relations.domain.decision.Refusal;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a use case answers: a value, a refusal of the kernel ({@link Refusal}), or a denial of the
 * application ({@link Denial}). Refusals and denials are values, not exceptions. Exactly one of
 * {@link #value()}, {@link #refusal()} and {@link #denial()} is present, so no case needs a cast;
 * {@link #fold} handles all three with one function each. Outcomes are values: equal when their
 * case and content are.
 *
 * @param <T> the type of the value of a success
 */
public final class Outcome<T> {

    private final T value;
    private final Refusal refusal;
    private final Denial denial;

    private Outcome(T value, Refusal refusal, Denial denial) {
        this.value = value;
        this.refusal = refusal;
        this.denial = denial;
    }

    /**
     * A success.
     *
     * @param <T> the type of the value
     * @param value what the use case answers
     * @return the outcome
     * @throws NullPointerException if the value is null
     */
    public static <T> Outcome<T> success(T value) {
        return new Outcome<>(Objects.requireNonNull(value, "value"), null, null);
    }

    /**
     * A refusal of the kernel.
     *
     * @param <T> the type a success would have had
     * @param refusal why the kernel refused
     * @return the outcome
     * @throws NullPointerException if the refusal is null
     */
    public static <T> Outcome<T> refused(Refusal refusal) {
        return new Outcome<>(null, Objects.requireNonNull(refusal, "refusal"), null);
    }

    /**
     * A denial of the application.
     *
     * @param <T> the type a success would have had
     * @param denial why the application denied it
     * @return the outcome
     * @throws NullPointerException if the denial is null
     */
    public static <T> Outcome<T> denied(Denial denial) {
        return new Outcome<>(null, null, Objects.requireNonNull(denial, "denial"));
    }

    /**
     * The value of a success.
     *
     * @return the value when {@link #isSuccess()}, empty otherwise
     */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /**
     * The kernel's refusal.
     *
     * @return the refusal when {@link #isRefused()}, empty otherwise
     */
    public Optional<Refusal> refusal() {
        return Optional.ofNullable(refusal);
    }

    /**
     * The application's denial.
     *
     * @return the denial when {@link #isDenied()}, empty otherwise
     */
    public Optional<Denial> denial() {
        return Optional.ofNullable(denial);
    }

    /**
     * Whether the use case answered a value.
     *
     * @return true for a success
     */
    public boolean isSuccess() {
        return value != null;
    }

    /**
     * Whether the kernel refused.
     *
     * @return true for a refusal
     */
    public boolean isRefused() {
        return refusal != null;
    }

    /**
     * Whether the application denied.
     *
     * @return true for a denial
     */
    public boolean isDenied() {
        return denial != null;
    }

    /**
     * Exhaustive handling of the three cases: exactly one function is called.
     *
     * @param <R> what the handling answers
     * @param ifSuccess applied to the value of a success
     * @param ifRefused applied to the kernel's refusal
     * @param ifDenied applied to the application's denial
     * @return the answer of the function called
     */
    public <R> R fold(Function<? super T, ? extends R> ifSuccess, Function<Refusal, ? extends R> ifRefused,
            Function<Denial, ? extends R> ifDenied) {
        if (value != null) {
            return ifSuccess.apply(value);
        }
        return refusal != null ? ifRefused.apply(refusal) : ifDenied.apply(denial);
    }

    /**
     * The same outcome with a success's value mapped; a refusal or a denial stays as it is.
     *
     * @param <R> the type of the new value
     * @param mapper applied to the value of a success; must not answer null
     * @return the mapped outcome
     */
    public <R> Outcome<R> map(Function<? super T, ? extends R> mapper) {
        return fold(found -> success(mapper.apply(found)), Outcome::refused, Outcome::denied);
    }

    /**
     * Equal to another outcome of the same case with an equal value, refusal or denial.
     *
     * @param other any object
     * @return whether the two are the same outcome
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Outcome<?> that
                && Objects.equals(value, that.value) && refusal == that.refusal && denial == that.denial;
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(value, refusal, denial);
    }

    /**
     * The outcome for a log or a failed assertion: {@code Success[…]}, {@code Refused[BLOCKED]}
     * or {@code Denied[MODULE_DISABLED]}.
     *
     * @return a description, not meant to be parsed
     */
    @Override
    public String toString() {
        return fold(found -> "Success[" + found + "]", refused -> "Refused[" + refused + "]", denied -> "Denied[" + denied + "]");
    }
}
