package io.relations.embedded.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one of PostgreSQL's programs to completion and keeps what it printed. */
final class ExternalCommand {

    record Result(int exitCode, String output) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }

    private ExternalCommand() {
    }

    /** Runs the command; a non-zero exit becomes an exception carrying the program's output. */
    static String run(List<String> command, Duration timeout) {
        Result result = attempt(command, timeout);
        if (!result.succeeded()) {
            throw new EmbeddedPostgresException(
                    "`" + String.join(" ", command) + "` failed with exit code " + result.exitCode() + ":\n" + result.output());
        }
        return result.output();
    }

    /** Runs the command and reports how it ended; a program that cannot be started ends with exit code 127, like in a shell. */
    static Result attempt(List<String> command, Duration timeout) {
        Path output = null;
        try {
            // Output goes to a file, not a pipe: pg_ctl's server outlives pg_ctl, and a pipe read could then never end.
            output = Files.createTempFile("relations-postgres-command", ".log");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new EmbeddedPostgresException("`" + String.join(" ", command) + "` did not finish within " + timeout);
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            return new Result(127, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedPostgresException("Interrupted while running `" + String.join(" ", command) + "`", e);
        } finally {
            deleteQuietly(output);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover temp file is harmless.
        }
    }
}
