package io.relations.domain.decision;

import io.relations.domain.event.RelationshipEvent;
import io.relations.domain.event.Replay;
import io.relations.domain.model.PairState;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The outcome of deciding a command: the pair changed, it already was as asked, or the command is refused. */
public sealed interface Decision {

    /** The new state is the old state with the events applied, in order; there is at least one event. */
    record Changed(PairState state, List<RelationshipEvent> events) implements Decision {
        public Changed {
            Objects.requireNonNull(state, "state");
            events = List.copyOf(events);
            if (events.isEmpty()) {
                throw new IllegalArgumentException("a change has at least one event");
            }
        }
    }

    /** Idempotent no-op: nothing changes, nothing is logged. */
    record Unchanged(PairState state) implements Decision {
        public Unchanged {
            Objects.requireNonNull(state, "state");
        }
    }

    record Refused(Refusal refusal) implements Decision {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }

    static Decision changed(PairState before, RelationshipEvent... events) {
        List<RelationshipEvent> inOrder = List.of(events);
        return new Changed(Replay.apply(before, inOrder), inOrder);
    }

    static Decision unchanged(PairState state) {
        return new Unchanged(state);
    }

    static Decision refused(Refusal refusal) {
        return new Refused(refusal);
    }

    /** Exhaustive handling of the three outcomes (Java 17 has no pattern switch). */
    default <R> R fold(Function<Changed, R> ifChanged, Function<Unchanged, R> ifUnchanged, Function<Refused, R> ifRefused) {
        if (this instanceof Changed changed) {
            return ifChanged.apply(changed);
        }
        if (this instanceof Unchanged unchanged) {
            return ifUnchanged.apply(unchanged);
        }
        return ifRefused.apply((Refused) this);
    }
}
