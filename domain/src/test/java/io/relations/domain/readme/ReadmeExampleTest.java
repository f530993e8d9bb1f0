package io.relations.domain.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.domain.decision.Block;
import io.relations.domain.decision.Decision;
import io.relations.domain.decision.Follow;
import io.relations.domain.decision.Refusal;
import io.relations.domain.decision.RelationshipKernel;
import io.relations.domain.event.RelationshipEvent;
import io.relations.domain.event.UserBlocked;
import io.relations.domain.event.UserUnfollowed;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The example of the README's "Using the domain in your own app", verbatim, and proof that it says the truth. */
class ReadmeExampleTest {

    @Test
    void the_readme_example_decides_a_follow_and_a_block() {
        // README example: start
        UserId alice = UserId.parse("0190a5b4-0000-7000-8000-000000000001");
        UserId bob = UserId.parse("0190a5b4-0000-7000-8000-000000000002");
        PairState state = PairState.empty(UserPair.of(alice, bob));

        Decision follow = RelationshipKernel.decide(state, new Follow(alice, bob));
        state = ((Decision.Changed) follow).state();                  // alice follows bob

        Decision block = RelationshipKernel.decide(state, new Block(bob, alice, new BlockReason("spam")));
        List<RelationshipEvent> events = ((Decision.Changed) block).events();
        // [UserUnfollowed(alice -> bob, actor bob), UserBlocked(bob -> alice, "spam")]

        Decision again = RelationshipKernel.decide(((Decision.Changed) block).state(), new Follow(alice, bob));
        // Refused[refusal=BLOCKED]: no follow while a block exists
        // README example: end

        assertThat(state.follows(alice, bob)).isTrue();
        assertThat(events).containsExactly(new UserUnfollowed(alice, bob, bob), new UserBlocked(bob, alice, new BlockReason("spam")));
        assertThat(again).isEqualTo(new Decision.Refused(Refusal.BLOCKED));
    }

    @Test
    void the_readme_shows_exactly_this_example() throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("relations.readme", "../README.md")));
        String source = Files.readString(Path.of("src/test/java/io/relations/domain/readme/ReadmeExampleTest.java"));

        assertThat(readme).contains(example(source));
    }

    private static String example(String source) {
        String between = source.substring(
                source.indexOf('\n', source.indexOf("// README example: start")) + 1,
                source.indexOf("        // README example: end"));
        return between.lines().map(line -> line.length() >= 8 ? line.substring(8) : line.strip()).collect(Collectors.joining("\n"));
    }
}
