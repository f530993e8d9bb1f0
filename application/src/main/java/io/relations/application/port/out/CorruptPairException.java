package io.relations.application.port.out;

import io.relations.domain.model.UserPair;
import java.util.Objects;

/**
 * Storage holds a pair the kernel could never have left: a block beside a follow or a connection,
 * two connections, or anything else no {@link io.relations.domain.model.PairState} can be. The
 * database is corrupt there, and no command or lookup on that pair can be answered until someone
 * repairs it; the pair is named so that they can find it. Thrown by an outbound port that loads
 * pair states; never a refusal the caller caused.
 */
public final class CorruptPairException extends RuntimeException {

    /** The serialized form of version 1. */
    private static final long serialVersionUID = 1L;

    private final transient UserPair pair;

    /**
     * The pair and what was wrong with it.
     *
     * @param pair the pair storage holds broken
     * @param cause the failure that showed it, e.g. the domain's
     *     {@link io.relations.domain.model.InconsistentPairStateException}
     */
    public CorruptPairException(UserPair pair, RuntimeException cause) {
        super("storage holds the pair " + Objects.requireNonNull(pair, "pair") + " in a state that breaks the kernel's invariants: "
                + Objects.requireNonNull(cause, "cause").getMessage(), cause);
        this.pair = pair;
    }

    /**
     * The pair storage holds broken.
     *
     * @return the pair, never null
     */
    public UserPair pair() {
        return pair;
    }
}
