package io.relations.domain.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The example of the README's "Using the domain in your own app" is {@link KernelExample}, imports
 * and all: it runs, says what its last comment says, and the README shows its whole text.
 */
class ReadmeExampleTest {

    private static final Path EXAMPLE = Path.of("src/test/java/io/relations/domain/readme/KernelExample.java");

    @Test
    void the_readme_example_prints_what_its_last_comment_says() throws IOException {
        String printed = printedBy(() -> KernelExample.main(new String[0]));

        assertThat(printed.strip()).isEqualTo("refused: blocked; history [follow, unfollow, block] replays to the state: true");
        assertThat(Files.readString(EXAMPLE)).contains("// " + printed.strip());
    }

    @Test
    void the_readme_shows_the_whole_example_with_its_imports() throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("relations.readme", "../README.md")));
        String source = Files.readString(EXAMPLE);
        String withoutPackage = source.substring(source.indexOf('\n', source.indexOf("package ")) + 1).strip();

        assertThat(withoutPackage).startsWith("import ");
        assertThat(readme).contains("```java\n" + withoutPackage + "\n```");
    }

    private static String printedBy(Runnable run) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
