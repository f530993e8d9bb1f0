package io.relations.bootstrap.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service, {@code java -jar relations.jar}, in a process of its own: on the JDK that
 * runs the tests, on a port of 127.0.0.1 chosen here and kept across restarts, with exactly the
 * given environment (nothing inherited that starts with {@code RELATIONS_}), its output appended
 * to one file that a failed check shows. The jar is the one failsafe names in
 * {@value #JAR_PROPERTY}, built by the package phase before the integration tests run.
 */
final class ForkedService implements AutoCloseable {

    static final String JAR_PROPERTY = "relations.jar";
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);
    private static final Duration GONE_WITHIN = Duration.ofSeconds(30);

    private final Path jar;
    private final Map<String, String> environment;
    private final Path output;
    private final int port;
    private Process process;
    private int starts;

    private ForkedService(Path jar, Map<String, String> environment, Path output, int port) {
        this.jar = jar;
        this.environment = Map.copyOf(environment);
        this.output = output;
        this.port = port;
    }

    /** Starts the jar with {@code environment} (plus its host and port) and returns once it is ready. */
    static ForkedService start(Map<String, String> environment, Path output) {
        String jar = System.getProperty(JAR_PROPERTY, "");
        if (jar.isBlank() || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("no packaged jar in -D" + JAR_PROPERTY + " ('" + jar + "'): run under failsafe, after package");
        }
        ForkedService service = new ForkedService(Path.of(jar), environment, output, freePort());
        service.restart();
        return service;
    }

    int port() {
        return port;
    }

    /** How many times the jar was started. */
    int starts() {
        return starts;
    }

    /** Starts the jar again with the same settings and port (after {@link #kill} or {@link #stop}); returns once it is ready. */
    synchronized void restart() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("the service still runs");
        }
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("RELATIONS_"));
        builder.environment().putAll(environment);
        builder.environment().put("RELATIONS_HTTP_HOST", "127.0.0.1");
        builder.environment().put("RELATIONS_HTTP_PORT", Integer.toString(port));
        try {
            process = builder.start();
        } catch (IOException failed) {
            throw new UncheckedIOException("could not start " + command, failed);
        }
        starts++;
        awaitReady();
    }

    /** SIGKILL, as a crash or an OOM killer would end it: no shutdown hook runs. Returns once the process is gone. */
    synchronized void kill() {
        process.destroyForcibly();
        awaitExit(process);
    }

    /**
     * SIGTERM, as an orchestrator stops a service: its shutdown hook finishes what is under way.
     *
     * @return the exit status, or empty when it had not ended within {@code within} (then it is killed)
     */
    synchronized OptionalInt stop(Duration within) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            return OptionalInt.empty();
        }
        return OptionalInt.of(process.exitValue());
    }

    /** The last lines the service wrote, for the message of a failed check. */
    String outputTail() {
        try {
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException unreadable) {
            return "(no output: " + unreadable.getMessage() + ")";
        }
    }

    @Override
    public synchronized void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private void awaitReady() {
        LoadClient client = new LoadClient(port);
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + ":\n" + outputTail());
            }
            if (client.send("GET", "/health/ready", null, null).status() == 200) {
                return;
            }
            Pause.of(Duration.ofMillis(100));
        }
        throw new IllegalStateException("the service was not ready within " + READY_WITHIN + ":\n" + outputTail());
    }

    private static void awaitExit(Process process) {
        try {
            if (!process.waitFor(GONE_WITHIN.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the service did not end within " + GONE_WITHIN);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the service to end", interrupted);
        }
    }

    /** The {@code java} of this JVM, so the service runs on the JDK the tests run on. */
    private static String java() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
