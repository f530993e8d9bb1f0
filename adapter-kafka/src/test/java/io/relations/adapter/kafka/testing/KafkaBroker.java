package io.relations.adapter.kafka.testing;

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
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka broker for the tests: the broker's own main class ({@code kafka.Kafka}) in a JVM of
 * its own, in KRaft mode (one node that is broker and controller), listening on 127.0.0.1 only,
 * its storage formatted first by Kafka's storage tool. Started once per test JVM and shared
 * ({@link #shared()}); {@link #stop()} and {@link #start()} keep its data, its ports and its
 * cluster id, so a test can take the broker away and bring it back. Killed when the test JVM exits.
 * Runs on whatever JDK runs the tests.
 */
public final class KafkaBroker {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final String HOST = "127.0.0.1";

    private static KafkaBroker shared;

    private final Path directory;
    private final int port;
    private final int controllerPort;
    private Process process;

    private KafkaBroker(Path directory, int port, int controllerPort) {
        this.directory = directory;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /**
     * The broker of this test JVM, started on first use and left running between tests.
     *
     * @return the running broker
     */
    public static synchronized KafkaBroker shared() {
        if (shared == null) {
            try {
                Path directory = Files.createTempDirectory("relations-kafka-");
                KafkaBroker broker = new KafkaBroker(directory, freePort(), freePort());
                broker.format();
                Runtime.getRuntime().addShutdownHook(new Thread(broker::kill, "kafka-broker-kill"));
                shared = broker;
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }
        shared.start();
        return shared;
    }

    /** {@return {@code 127.0.0.1:<port>}, the one listener for clients} */
    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    /** Starts the broker on its data and ports unless it runs; returns once it answers clients. */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        process = launch(List.of("kafka.Kafka", config().toString()), "broker.log");
        awaitReady();
    }

    /** Kills the broker (as a crash would) and waits until it is gone; its data stays for {@link #start()}. */
    public synchronized void stop() {
        kill();
    }

    private void kill() {
        Process running = process;
        if (running == null) {
            return;
        }
        running.destroyForcibly();
        try {
            if (!running.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("the Kafka broker did not end within " + STOP_TIMEOUT);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Formats the storage once, with a cluster id of its own, as {@code kafka-storage format} does. */
    private void format() throws IOException {
        Files.writeString(config(), properties(), StandardCharsets.UTF_8);
        Process formatting = launch(List.of("kafka.tools.StorageTool", "format",
                "--cluster-id", Uuid.randomUuid().toString(), "--config", config().toString()), "format.log");
        try {
            if (!formatting.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || formatting.exitValue() != 0) {
                formatting.destroyForcibly();
                throw new IllegalStateException("formatting the Kafka storage failed: " + tail("format.log"));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while formatting the Kafka storage", interrupted);
        }
    }

    /** One node, broker and controller, on loopback, nothing created behind the tests' back. */
    private String properties() {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@" + HOST + ":" + controllerPort,
                "listeners=PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort,
                "advertised.listeners=PLAINTEXT://" + HOST + ":" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + directory.resolve("data"),
                "auto.create.topics.enable=false",
                "num.partitions=1",
                "default.replication.factor=1",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                // A restart after a kill waits for the old incarnation's session to end: keep that short.
                "broker.session.timeout.ms=2000",
                "broker.heartbeat.interval.ms=500",
                "");
    }

    private Process launch(List<String> mainAndArguments, String logName) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-Dlogback.configurationFile=" + logbackConfig(),
                "-cp", classPath()));
        command.addAll(mainAndArguments);
        try {
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve(logName).toFile()))
                    .start();
        } catch (IOException failed) {
            throw new UncheckedIOException("could not start a JVM for Kafka", failed);
        }
    }

    /** Waits until the broker answers a client's request, or fails with the end of its log. */
    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000);
        try (Admin admin = Admin.create(config)) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the Kafka broker exited with " + process.exitValue() + ": " + tail("broker.log"));
                }
                try {
                    if (!admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException notYet) {
                    // not listening yet, or no controller elected yet
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for Kafka", interrupted);
                }
            }
        }
        kill();
        throw new IllegalStateException("the Kafka broker did not answer within " + START_TIMEOUT + ": " + tail("broker.log"));
    }

    private Path config() {
        return directory.resolve("server.properties");
    }

    /** The broker logs at WARN into its own file: enough to say why it failed to start. */
    private Path logbackConfig() {
        Path file = directory.resolve("logback.xml");
        if (!Files.exists(file)) {
            try {
                Files.writeString(file, "<configuration><appender name=\"OUT\" class=\"ch.qos.logback.core.ConsoleAppender\">"
                        + "<encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n</pattern></encoder></appender>"
                        + "<logger name=\"kafka.server.KafkaRaftServer\" level=\"INFO\"/>"
                        + "<root level=\"WARN\"><appender-ref ref=\"OUT\"/></root></configuration>", StandardCharsets.UTF_8);
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }
        return file;
    }

    /** Surefire names the whole test class path here; {@code java.class.path} may be its one manifest jar. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private String tail(String logName) {
        try {
            List<String> lines = Files.readAllLines(directory.resolve(logName), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException unreadable) {
            return "(no log: " + unreadable.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }
}
