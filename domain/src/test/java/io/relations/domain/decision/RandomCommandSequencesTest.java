package io.relations.domain.decision;

import static io.relations.domain.testing.Contexts.on;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.domain.event.RelationshipEvent;
import io.relations.domain.event.Replay;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.Connection;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import io.relations.domain.testing.Users;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties over random command sequences among four users. Seeded: each try prints nothing
 * unless it fails, and then names its seed; rerun one with {@code -Drelations.seed=<seed>}.
 * {@code -Drelations.tries=<n>} sets the number of sequences (default 1,000).
 */
class RandomCommandSequencesTest {

    private static final List<UserId> USERS = List.of(Users.ALICE, Users.BOB, Users.CAROL, Users.DAVE);
    private static final int COMMANDS_PER_SEQUENCE = 60;

    @Test
    void after_every_command_no_block_coexists_with_a_follow_or_a_connection() {
        forEverySequence((seed, world) -> world.states.values().forEach(state ->
                assertThat(!state.blockedEitherWay() || (state.follows().isEmpty() && state.connection() instanceof Connection.None))
                        .as("seed %d: %s", seed, state).isTrue()));
    }

    @Test
    void replaying_all_emitted_events_strictly_from_empty_gives_the_final_state() {
        forEverySequence((seed, world) -> world.states.forEach((pair, state) ->
                assertThat(Replay.of(pair, world.eventsOf(pair))).as("seed %d, pair %s", seed, pair).isEqualTo(state)));
    }

    @Test
    void every_decision_has_a_meaningful_state_and_events_only_when_changed() {
        forEveryDecision((seed, before, command, decision) -> {
            switch (decision.kind()) {
                case CHANGED -> {
                    assertThat(decision.events()).as("seed %d: %s", seed, command).isNotEmpty();
                    assertThat(decision.state()).as("seed %d: %s", seed, command).isNotEqualTo(before);
                    assertThat(decision.refusal()).as("seed %d: %s", seed, command).isEmpty();
                }
                case UNCHANGED -> {
                    assertThat(decision.state()).as("seed %d: %s", seed, command).isEqualTo(before);
                    assertThat(decision.events()).as("seed %d: %s", seed, command).isEmpty();
                    assertThat(decision.refusal()).as("seed %d: %s", seed, command).isEmpty();
                }
                case REFUSED -> {
                    assertThat(decision.state()).as("seed %d: %s", seed, command).isEqualTo(before);
                    assertThat(decision.events()).as("seed %d: %s", seed, command).isEmpty();
                    assertThat(decision.refusal()).as("seed %d: %s", seed, command).isPresent();
                }
            }
        });
    }

    @Test
    void every_command_that_changed_the_pair_is_a_no_op_when_repeated_unless_design_says_otherwise() {
        forEveryDecision((seed, before, command, decision) -> {
            if (decision.isChanged() && !(command instanceof RejectConnectionRequest)) {
                Decision repeated = RelationshipKernel.decide(on(decision.state()), command);
                assertThat(repeated.kind()).as("seed %d: %s repeated", seed, command).isEqualTo(Decision.Kind.UNCHANGED);
                assertThat(repeated.state()).as("seed %d: %s repeated", seed, command).isEqualTo(decision.state());
            }
        });
    }

    @Test
    void a_rejected_request_is_gone_so_rejecting_again_is_refused() {
        forEveryDecision((seed, before, command, decision) -> {
            if (decision.isChanged() && command instanceof RejectConnectionRequest) {
                assertThat(RelationshipKernel.decide(on(decision.state()), command).refusal())
                        .as("seed %d", seed).contains(Refusal.NO_PENDING_REQUEST);
            }
        });
    }

    @Test
    void every_event_names_an_actor_who_is_the_commanding_user() {
        forEveryDecision((seed, before, command, decision) -> {
            if (decision.isChanged()) {
                decision.events().forEach(event ->
                        assertThat(event.actor()).as("seed %d: %s", seed, event).isEqualTo(command.actor()));
            }
        });
    }

    interface SequenceCheck {
        void check(long seed, World world);
    }

    interface DecisionCheck {
        void check(long seed, PairState before, Command command, Decision decision);
    }

    /** The states of all pairs among the users and the events emitted so far. */
    static final class World {
        final Map<UserPair, PairState> states = new HashMap<>();
        final List<RelationshipEvent> events = new ArrayList<>();

        PairState stateOf(UserPair pair) {
            return states.computeIfAbsent(pair, PairState::empty);
        }

        List<RelationshipEvent> eventsOf(UserPair pair) {
            return events.stream().filter(event -> event.pair().equals(pair)).toList();
        }
    }

    private static void forEverySequence(SequenceCheck check) {
        forEachSeed((seed, random) -> {
            World world = new World();
            for (int step = 0; step < COMMANDS_PER_SEQUENCE; step++) {
                apply(world, randomCommand(random));
                check.check(seed, world);
            }
        });
    }

    private static void forEveryDecision(DecisionCheck check) {
        forEachSeed((seed, random) -> {
            World world = new World();
            for (int step = 0; step < COMMANDS_PER_SEQUENCE; step++) {
                Command command = randomCommand(random);
                PairState before = command.actor().equals(command.target()) ? null : world.stateOf(command.pair());
                Decision decision = apply(world, command);
                if (before != null) {
                    check.check(seed, before, command, decision);
                }
            }
        });
    }

    private static Decision apply(World world, Command command) {
        if (command.actor().equals(command.target())) {
            Decision refused = RelationshipKernel.decide(on(PairState.empty(UserPair.of(Users.ALICE, Users.BOB))), command);
            assertThat(refused.refusal()).contains(Refusal.SELF_RELATIONSHIP);
            return refused;
        }
        Decision decision = RelationshipKernel.decide(on(world.stateOf(command.pair())), command);
        if (decision.isChanged()) {
            world.states.put(command.pair(), decision.state());
            world.events.addAll(decision.events());
        }
        return decision;
    }

    private static Command randomCommand(Random random) {
        UserId actor = USERS.get(random.nextInt(USERS.size()));
        UserId target = USERS.get(random.nextInt(USERS.size()));
        switch (random.nextInt(11)) {
            case 0: return new Follow(actor, target);
            case 1: return new Unfollow(actor, target);
            case 2: return new RemoveFollower(actor, target);
            case 3: return new RequestConnection(actor, target);
            case 4: return new AcceptConnectionRequest(actor, target);
            case 5: return new RejectConnectionRequest(actor, target);
            case 6: return new CancelConnectionRequest(actor, target);
            case 7: return new RemoveConnection(actor, target);
            case 8: return new Disconnect(actor, target);
            case 9: return new Block(actor, target, random.nextBoolean() ? BlockReason.NONE : new BlockReason("reason " + random.nextInt(3)));
            default: return new Unblock(actor, target);
        }
    }

    private interface SeededRun {
        void run(long seed, Random random);
    }

    private static void forEachSeed(SeededRun run) {
        String fixedSeed = System.getProperty("relations.seed");
        if (fixedSeed != null) {
            long seed = Long.parseLong(fixedSeed);
            run.run(seed, new Random(seed));
            return;
        }
        int tries = Integer.getInteger("relations.tries", 1_000);
        long base = new Random().nextLong();
        for (int i = 0; i < tries; i++) {
            long seed = base + i;
            try {
                run.run(seed, new Random(seed));
            } catch (AssertionError failure) {
                throw new AssertionError("failed with seed " + seed + " (rerun with -Drelations.seed=" + seed + ")", failure);
            }
        }
    }
}
