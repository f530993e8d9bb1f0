package io.relations.domain.decision;

import static io.relations.domain.testing.Contexts.on;
import static io.relations.domain.testing.Users.ALICE;
import static io.relations.domain.testing.Users.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.domain.event.UserFollowed;
import io.relations.domain.model.PairState;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every accessor of a decision is total, and nothing public makes a decision or reaches a rule around the kernel. */
class DecisionTest {

    private static final PairState EMPTY = PairState.between(ALICE, BOB).build();
    private static final PairState BLOCKED = PairState.between(ALICE, BOB).blocking(BOB, ALICE).build();

    @Test
    void a_changed_decision_has_the_new_state_its_events_replay_to_and_no_refusal() {
        Decision changed = RelationshipKernel.decide(on(EMPTY), new Follow(ALICE, BOB));

        assertThat(changed.kind()).isEqualTo(Decision.Kind.CHANGED);
        assertThat(changed.isChanged()).isTrue();
        assertThat(changed.isUnchanged()).isFalse();
        assertThat(changed.isRefused()).isFalse();
        assertThat(changed.state()).isEqualTo(PairState.between(ALICE, BOB).following(ALICE, BOB).build());
        assertThat(changed.events()).containsExactly(new UserFollowed(ALICE, BOB));
        assertThat(changed.refusal()).isEmpty();
    }

    @Test
    void an_unchanged_decision_has_the_state_decided_on_and_no_events() {
        PairState following = PairState.between(ALICE, BOB).following(ALICE, BOB).build();

        Decision unchanged = RelationshipKernel.decide(on(following), new Follow(ALICE, BOB));

        assertThat(unchanged.kind()).isEqualTo(Decision.Kind.UNCHANGED);
        assertThat(unchanged.isUnchanged()).isTrue();
        assertThat(unchanged.isChanged()).isFalse();
        assertThat(unchanged.isRefused()).isFalse();
        assertThat(unchanged.state()).isEqualTo(following);
        assertThat(unchanged.events()).isEmpty();
        assertThat(unchanged.refusal()).isEmpty();
    }

    @Test
    void a_refused_decision_has_the_state_decided_on_its_refusal_and_no_events() {
        Decision refused = RelationshipKernel.decide(on(BLOCKED), new Follow(ALICE, BOB));

        assertThat(refused.kind()).isEqualTo(Decision.Kind.REFUSED);
        assertThat(refused.isRefused()).isTrue();
        assertThat(refused.isChanged()).isFalse();
        assertThat(refused.isUnchanged()).isFalse();
        assertThat(refused.state()).isEqualTo(BLOCKED);
        assertThat(refused.events()).isEmpty();
        assertThat(refused.refusal()).contains(Refusal.BLOCKED);
    }

    @Test
    void decisions_are_values_that_say_their_case() {
        Decision refused = RelationshipKernel.decide(on(BLOCKED), new Follow(ALICE, BOB));

        assertThat(refused).isEqualTo(RelationshipKernel.decide(on(BLOCKED), new RequestConnection(ALICE, BOB)))
                .hasSameHashCodeAs(RelationshipKernel.decide(on(BLOCKED), new RequestConnection(ALICE, BOB)))
                .isNotEqualTo(RelationshipKernel.decide(on(BLOCKED), new AcceptConnectionRequest(ALICE, BOB)))
                .hasToString("Refused[BLOCKED]");
        assertThat(RelationshipKernel.decide(on(EMPTY), new Follow(ALICE, BOB)).toString()).startsWith("Changed[events=[UserFollowed[");
        assertThat(RelationshipKernel.decide(on(EMPTY), new Unfollow(ALICE, BOB)).toString()).startsWith("Unchanged[state=");
    }

    @Test
    void a_self_relationship_is_refused_with_the_state_it_was_given() {
        Decision refused = RelationshipKernel.decide(on(EMPTY), new Follow(ALICE, ALICE));

        assertThat(refused.refusal()).contains(Refusal.SELF_RELATIONSHIP);
        assertThat(refused.state()).isEqualTo(EMPTY);
    }

    @Test
    void nothing_public_makes_a_decision_but_the_kernel() {
        assertThat(Decision.class.getConstructors()).isEmpty();
        assertThat(Arrays.stream(Decision.class.getMethods()).filter(method -> Modifier.isStatic(method.getModifiers())))
                .noneMatch(method -> method.getReturnType() == Decision.class);
        assertThat(Modifier.isFinal(Decision.class.getModifiers())).isTrue();
        Constructor<?>[] contextConstructors = DecisionContext.class.getConstructors();
        assertThat(contextConstructors).isEmpty();
    }

    @Test
    void no_public_method_of_a_command_or_anything_else_public_in_the_package_returns_a_decision_but_the_kernel() {
        List<Class<?>> commands = Arrays.stream(Command.class.getPermittedSubclasses()).toList();
        Stream<Method> publicMethods = Stream.concat(commands.stream(), Stream.of(Command.class, Command.Visitor.class))
                .flatMap(type -> Arrays.stream(type.getMethods()));

        assertThat(publicMethods).noneMatch(method -> method.getReturnType() == Decision.class);
        assertThat(Modifier.isPublic(CommandRules.class.getModifiers())).isFalse();
    }
}
