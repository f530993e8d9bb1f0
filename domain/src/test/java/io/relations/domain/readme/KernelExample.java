package io.relations.domain.readme;

import io.relations.domain.decision.Block;
import io.relations.domain.decision.Decision;
import io.relations.domain.decision.DecisionContext;
import io.relations.domain.decision.Follow;
import io.relations.domain.decision.RelationshipKernel;
import io.relations.domain.event.RelationshipEvent;
import io.relations.domain.event.Replay;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

public class KernelExample {

    public static void main(String[] args) {
        UserId alice = UserId.parse("0190a5b4-0000-7000-8000-000000000001");
        UserId bob = UserId.parse("0190a5b4-0000-7000-8000-000000000002");
        List<RelationshipEvent> history = new ArrayList<>();   // what you would store
        PairState state = PairState.between(alice, bob).build();   // nothing between them yet

        Decision follow = RelationshipKernel.decide(DecisionContext.of(state, Instant.now()), new Follow(alice, bob));
        history.addAll(follow.events());                        // [UserFollowed(alice -> bob)]
        state = follow.state();                                 // alice follows bob

        Block spam = new Block(bob, alice, new BlockReason("spam"));
        Decision block = RelationshipKernel.decide(DecisionContext.of(state, Instant.now()), spam);
        history.addAll(block.events());                         // the unfollow of alice -> bob, then the block
        state = block.state();                                  // no follow left, bob blocks alice

        Decision again = RelationshipKernel.decide(DecisionContext.of(state, Instant.now()), new Follow(alice, bob));
        String answer = switch (again.kind()) {                 // the compiler checks that all three are here
            case CHANGED -> "followed";
            case UNCHANGED -> "already following";
            case REFUSED -> "refused: " + again.refusal().orElseThrow().code();
        };

        PairState replayed = Replay.of(state.pair(), history);  // strict: an impossible history throws
        System.out.println(answer + "; history " + history.stream().map(event -> event.action().code()).toList()
                + " replays to the state: " + replayed.equals(state));
        // refused: blocked; history [follow, unfollow, block] replays to the state: true
    }
}
