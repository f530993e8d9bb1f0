package io.relations.adapter.persistence.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Cleaning up the temporary directories of tests; public for the end-to-end tests of the bootstrap too. */
public final class FileTrees {

    private FileTrees() {
    }

    /** Deletes {@code root} and everything below it. */
    public static void deleteTree(Path root) {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path each : (Iterable<Path>) tree.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(each);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
