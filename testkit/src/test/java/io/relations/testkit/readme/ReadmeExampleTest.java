package io.relations.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.application.model.ListedUser;
import io.relations.application.model.Outcome;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.application.model.RelationshipChange;
import io.relations.application.service.RelationshipCommandService;
import io.relations.application.service.RelationshipQueryService;
import io.relations.domain.model.UserId;
import io.relations.testkit.memory.InMemoryRelationships;
import io.relations.testkit.memory.InMemoryStorage;
import io.relations.testkit.memory.SequentialIds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The examples of the README's "Use cases with your own storage", verbatim, and proof that they
 * say the truth: the use cases on the in-memory ports here, the contract suite's subclass in
 * {@code InMemoryStorageContractTest}, which runs with the other tests.
 */
class ReadmeExampleTest {

    private static final String CONTRACT_TEST = "src/test/java/io/relations/testkit/memory/InMemoryStorageContractTest.java";

    @Test
    void the_readme_example_follows_and_lists_on_the_in_memory_ports() {
        // README example: start
        InMemoryStorage storage = new InMemoryStorage();
        InMemoryRelationships pairs = storage.relationships();
        RelationshipCommandService commands = new RelationshipCommandService(
                pairs, storage.moduleSwitch(), new SequentialIds(), Clock.systemUTC());
        RelationshipQueryService queries = new RelationshipQueryService(
                new RelationshipQueryService.ReadModels(pairs, pairs, pairs, pairs, pairs, pairs));

        UserId alice = UserId.parse("0190a5b4-0000-7000-8000-000000000001");
        UserId bob = UserId.parse("0190a5b4-0000-7000-8000-000000000002");
        storage.users().register(alice);
        storage.users().register(bob);

        Outcome<RelationshipChange> follow = commands.follow(alice, bob);
        boolean following = follow.value().map(change -> change.relationship().following()).orElse(false);
        // true: alice follows bob

        Outcome<Page<ListedUser>> followers = queries.listFollowers(alice, bob, PageRequest.first(20));
        List<UserId> bobsFollowers = followers.value().map(page -> page.items().stream().map(ListedUser::user).toList()).orElse(List.of());
        // [alice]
        // README example: end

        assertThat(following).isTrue();
        assertThat(bobsFollowers).containsExactly(alice);
    }

    @Test
    void the_readme_shows_exactly_these_examples() throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("relations.readme", "../README.md")));
        String example = Files.readString(Path.of("src/test/java/io/relations/testkit/readme/ReadmeExampleTest.java"));
        String contract = Files.readString(Path.of(CONTRACT_TEST));

        assertThat(readme).contains(between(example, "        // README example: start", "        // README example: end", 8));
        assertThat(readme).contains(between(contract, "// README contract: start", "// README contract: end", 0));
    }

    private static String between(String source, String start, String end, int indent) {
        String lines = source.substring(source.indexOf('\n', source.indexOf(start)) + 1, source.indexOf(end));
        return lines.lines().map(line -> line.length() >= indent ? line.substring(indent) : line.strip()).collect(Collectors.joining("\n"));
    }
}
