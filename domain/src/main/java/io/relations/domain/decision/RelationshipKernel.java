package io.relations.domain.decision;

import java.util.Objects;

/**
 * The decision function of the kernel: a command on the context of its pair gives a decision.
 * Pure and total: no I/O, and no exception for any command decided on its own pair's state.
 *
 * <p>A command on oneself is refused ({@link Refusal#SELF_RELATIONSHIP}) whatever the state; every
 * other command gets its own rule of DESIGN §2. The checks that need the outside world (module
 * switched off, unknown users) belong to the caller, which runs them before it decides; see DESIGN
 * §2 for their order. This is the only way to a {@link Decision}.
 */
public final class RelationshipKernel {

    private RelationshipKernel() {
    }

    /**
     * Decides {@code command} on {@code context}.
     *
     * @param context the state of the command's pair and the time of the decision
     * @param command what the actor asks
     * @return the decision; never null, never an inconsistent state
     * @throws NullPointerException if either argument is null
     * @throws IllegalArgumentException if the state is not the state of the command's pair: a
     *     programming error, not a refusal
     */
    public static Decision decide(DecisionContext context, Command command) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(command, "command");
        if (command.actor().equals(command.target())) {
            return Decision.refused(context.state(), Refusal.SELF_RELATIONSHIP);
        }
        if (!context.state().pair().equals(command.pair())) {
            throw new IllegalArgumentException("the state of " + context.state().pair() + " cannot decide a command on " + command.pair());
        }
        return command.accept(new CommandRules(context));
    }
}
