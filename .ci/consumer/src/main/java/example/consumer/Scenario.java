package example.consumer;

import io.relations.application.port.in.FollowUseCase;
import io.relations.domain.decision.Block;
import io.relations.domain.decision.Decision;
import io.relations.domain.decision.Follow;
import io.relations.domain.decision.RelationshipKernel;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;

/** Decides a follow and a block with the kernel, and says from which modules it ran. */
public final class Scenario {

    private Scenario() {
    }

    public static void main(String[] args) {
        UserId alice = UserId.parse("0190a5b4-0000-7000-8000-000000000001");
        UserId bob = UserId.parse("0190a5b4-0000-7000-8000-000000000002");
        PairState state = PairState.empty(UserPair.of(alice, bob));

        state = changed(RelationshipKernel.decide(state, new Follow(alice, bob)));
        check(state.follows(alice, bob), "alice follows bob");
        state = changed(RelationshipKernel.decide(state, new Block(bob, alice, new BlockReason("spam"))));
        check(!state.follows(alice, bob), "the block removed alice's follow");
        check(RelationshipKernel.decide(state, new Follow(alice, bob)) instanceof Decision.Refused, "no follow while blocked");

        System.out.printf("consumer: a follow and a block decided; modules: %s, %s, %s%n",
                name(Scenario.class.getModule()), name(RelationshipKernel.class.getModule()), name(FollowUseCase.class.getModule()));
    }

    private static PairState changed(Decision decision) {
        if (decision instanceof Decision.Changed changed) {
            return changed.state();
        }
        throw new AssertionError("expected a change, got " + decision);
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("consumer: not true: " + what);
        }
    }

    private static String name(Module module) {
        return module.isNamed() ? module.getName() : "unnamed";
    }
}
