package io.relations.domain.decision;

import io.relations.domain.event.RelationshipEvent;
import io.relations.domain.event.Replay;
import io.relations.domain.model.PairState;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link RelationshipKernel#decide} answers for a command: the pair changed, it already was
 * as asked (an idempotent no-op), or the command is refused. Only the kernel makes decisions; each
 * accessor is total, so no case needs a cast:
 *
 * <ul>
 *   <li>{@link #state()} is the pair's state after the decision in every case: the new state when
 *       changed, the state decided on when unchanged or refused;</li>
 *   <li>{@link #events()} holds at least one event when changed, and is empty otherwise; the state
 *       of a changed decision is its events replayed on the state before, so the two cannot
 *       disagree;</li>
 *   <li>{@link #refusal()} is present exactly when the command is refused.</li>
 * </ul>
 *
 * <p>To handle every case with the compiler's help, switch over {@link #kind()}: Java 17 checks a
 * {@code switch} expression over an enum for exhaustiveness, so a case left out does not compile.
 *
 * <pre>{@code
 * String said = switch (decision.kind()) {
 *     case CHANGED -> "changed by " + decision.events();
 *     case UNCHANGED -> "already so";
 *     case REFUSED -> "refused: " + decision.refusal().orElseThrow().code();
 * };
 * }</pre>
 *
 * <p>Decisions are values: equal when their kind, state, events and refusal are.
 */
public final class Decision {

    /** The three ways a command can be decided. */
    public enum Kind {
        /** The pair changed: there is a new state and at least one event to record. */
        CHANGED,
        /** The pair already was as the command asked: nothing changes, nothing is recorded. */
        UNCHANGED,
        /** The command is not carried out, for the decision's {@link Decision#refusal()}. */
        REFUSED
    }

    private final Kind kind;
    private final PairState state;
    private final List<RelationshipEvent> events;
    private final Refusal refusal;

    private Decision(Kind kind, PairState state, List<RelationshipEvent> events, Refusal refusal) {
        this.kind = kind;
        this.state = Objects.requireNonNull(state, "state");
        this.events = events;
        this.refusal = refusal;
    }

    /** A change: the state is computed from the events, by the same strict replay the history gets. */
    static Decision changed(PairState before, List<RelationshipEvent> events) {
        List<RelationshipEvent> inOrder = List.copyOf(events);
        if (inOrder.isEmpty()) {
            throw new IllegalArgumentException("a change has at least one event");
        }
        return new Decision(Kind.CHANGED, Replay.apply(before, inOrder), inOrder, null);
    }

    static Decision changed(PairState before, RelationshipEvent event) {
        return changed(before, List.of(event));
    }

    static Decision unchanged(PairState state) {
        return new Decision(Kind.UNCHANGED, state, List.of(), null);
    }

    static Decision refused(PairState state, Refusal refusal) {
        return new Decision(Kind.REFUSED, state, List.of(), Objects.requireNonNull(refusal, "refusal"));
    }

    /**
     * Which of the three cases this decision is; switch over it to handle all of them.
     *
     * @return the kind, never null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The pair's state after this decision: the new state when changed, the state decided on
     * otherwise. Always consistent (DESIGN §2, invariants 1–3).
     *
     * @return the state, never null
     */
    public PairState state() {
        return state;
    }

    /**
     * The events to record, in order: at least one when changed, none otherwise.
     *
     * @return an unmodifiable list, never null
     */
    public List<RelationshipEvent> events() {
        return events;
    }

    /**
     * Why the command is refused.
     *
     * @return the refusal when {@link #isRefused()}, empty otherwise
     */
    public Optional<Refusal> refusal() {
        return Optional.ofNullable(refusal);
    }

    /**
     * Whether the pair changed.
     *
     * @return true exactly when {@link #kind()} is {@link Kind#CHANGED}
     */
    public boolean isChanged() {
        return kind == Kind.CHANGED;
    }

    /**
     * Whether the pair already was as asked.
     *
     * @return true exactly when {@link #kind()} is {@link Kind#UNCHANGED}
     */
    public boolean isUnchanged() {
        return kind == Kind.UNCHANGED;
    }

    /**
     * Whether the command is refused.
     *
     * @return true exactly when {@link #kind()} is {@link Kind#REFUSED}
     */
    public boolean isRefused() {
        return kind == Kind.REFUSED;
    }

    /**
     * Equal to another decision of the same kind, state, events and refusal.
     *
     * @param other any object
     * @return whether the two are the same decision
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Decision that
                && kind == that.kind && state.equals(that.state) && events.equals(that.events) && refusal == that.refusal;
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(kind, state, events, refusal);
    }

    /**
     * The decision for a log or a failed assertion: {@code Changed[events=[…], state=…]},
     * {@code Unchanged[state=…]} or {@code Refused[BLOCKED]}.
     *
     * @return a description, not meant to be parsed
     */
    @Override
    public String toString() {
        return switch (kind) {
            case CHANGED -> "Changed[events=" + events + ", state=" + state + "]";
            case UNCHANGED -> "Unchanged[state=" + state + "]";
            case REFUSED -> "Refused[" + refusal + "]";
        };
    }
}
