package example.consumer;

import io.relations.application.model.Outcome;
import io.relations.application.model.RelationshipChange;
import io.relations.application.service.RelationshipCommandService;
import io.relations.domain.decision.Block;
import io.relations.domain.decision.Decision;
import io.relations.domain.decision.DecisionContext;
import io.relations.domain.decision.Follow;
import io.relations.domain.decision.RelationshipKernel;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.testkit.memory.InMemoryStorage;
import io.relations.testkit.memory.SequentialIds;
import java.time.Clock;
import java.time.Instant;

/** Decides a follow and a block with the kernel, runs a use case on the testkit's ports, and says from which modules it ran. */
public final class Scenario {

    private Scenario() {
    }

    public static void main(String[] args) {
        UserId alice = UserId.parse("0190a5b4-0000-7000-8000-000000000001");
        UserId bob = UserId.parse("0190a5b4-0000-7000-8000-000000000002");
        PairState state = PairState.between(alice, bob).build();

        state = changed(RelationshipKernel.decide(DecisionContext.of(state, Instant.now()), new Follow(alice, bob)));
        check(state.follows(alice, bob), "alice follows bob");
        state = changed(RelationshipKernel.decide(DecisionContext.of(state, Instant.now()), new Block(bob, alice, new BlockReason("spam"))));
        check(!state.follows(alice, bob), "the block removed alice's follow");
        check(RelationshipKernel.decide(DecisionContext.of(state, Instant.now()), new Follow(alice, bob)).isRefused(), "no follow while blocked");

        InMemoryStorage storage = new InMemoryStorage();
        storage.users().register(alice);
        storage.users().register(bob);
        RelationshipCommandService commands = new RelationshipCommandService(
                storage.relationships(), storage.moduleSwitch(), new SequentialIds(), Clock.systemUTC());
        Outcome<RelationshipChange> follow = commands.follow(alice, bob);
        check(follow.value().map(change -> change.relationship().following()).orElse(false), "the use case recorded the follow");

        System.out.printf("consumer: a follow and a block decided, a follow recorded; modules: %s, %s, %s, %s%n",
                name(Scenario.class.getModule()), name(RelationshipKernel.class.getModule()),
                name(RelationshipCommandService.class.getModule()), name(InMemoryStorage.class.getModule()));
    }

    private static PairState changed(Decision decision) {
        check(decision.isChanged(), "expected a change, got " + decision);
        return decision.state();
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
