package io.relations.embedded.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of the test classpath in a JVM of its own: for what one JVM cannot do to itself, such as
 * dying without cleaning up, or seeing another PATH (the JVM resolves programs with the PATH it started with).
 */
final class ChildJvm {

    record Outcome(int exitCode, String output) {
    }

    private ChildJvm() {
    }

    static Outcome run(Map<String, String> environment, Class<?> mainClass, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        System.out.println(output.indent(4));
        return new Outcome(process.exitValue(), output);
    }
}
