package io.relations.embedded.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** One PostgreSQL data directory, driven by initdb and pg_ctl with the identity PostgreSQL must run as. */
final class PostgresCluster {

    static final String SUPERUSER = "postgres";
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);
    private static final int SERVER_WAIT_SECONDS = 60;
    private static final Duration READY_POLL = Duration.ofMillis(50);

    private final PostgresBinaries binaries;
    private final RunAs runAs;
    private final Path directory;
    private final Path log;

    PostgresCluster(PostgresBinaries binaries, RunAs runAs, Path directory) {
        this.binaries = binaries;
        this.runAs = runAs;
        this.directory = directory;
        // Inside the cluster directory: the only place the server's user is sure to be allowed to write.
        this.log = directory.resolve("postgres.log");
    }

    Path directory() {
        return directory;
    }

    boolean isInitialized() {
        return Files.exists(directory.resolve("PG_VERSION"));
    }

    /** initdb, with password authentication: a local user must not get the superuser for free. */
    void initialize(Path superuserPasswordFile, boolean durable) throws IOException {
        Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        // initdb runs as PostgreSQL's user, and reads the password file as that user.
        runAs.handOver(directory);
        runAs.handOver(superuserPasswordFile);
        List<String> initdb = new ArrayList<>(List.of(program("initdb"),
                "--pgdata=" + directory, "--username=" + SUPERUSER, "--pwfile=" + superuserPasswordFile,
                "--auth=scram-sha-256", "--encoding=UTF8", "--no-locale", "--no-instructions"));
        if (!durable) {
            initdb.add("--no-sync");
        }
        ExternalCommand.run(runAs.wrap(initdb), COMMAND_TIMEOUT);
    }

    /** A server still running on this directory, left behind by a JVM that died without stopping it. */
    boolean isRunning() {
        return Files.exists(directory.resolve("postmaster.pid"))
                && ExternalCommand.attempt(runAs.wrap(List.of(program("pg_ctl"), "status", "--pgdata=" + directory)),
                        COMMAND_TIMEOUT).succeeded();
    }

    /**
     * Starts the postmaster as a child of this JVM, in a session of its own (a Ctrl-C meant for the JVM must not
     * reach it), and waits until it accepts connections. Being the parent lets this JVM see the exit at once and
     * reap the process: under a container's init that reaps nothing, a dead postmaster left to it stays a zombie
     * whose pid PostgreSQL's next start takes for a live server.
     */
    Process start(int port, boolean durable) {
        // TCP on loopback only, and no Unix socket: its default directory may not exist or be writable here.
        List<String> postgres = new ArrayList<>(List.of(program("postgres"), "-D", directory.toString(),
                "-p", Integer.toString(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="));
        if (!durable) {
            postgres.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
        }
        List<String> command = new ArrayList<>(List.of("setsid"));
        command.addAll(runAs.wrap(postgres));
        Process postmaster;
        try {
            postmaster = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .start();
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Could not run `" + String.join(" ", command) + "`: " + e.getMessage(), e);
        }
        awaitReady(postmaster, port);
        return postmaster;
    }

    /** What pg_ctl --wait does: postmaster.pid names this very process and says "ready". */
    private void awaitReady(Process postmaster, int port) {
        long deadline = System.nanoTime() + Duration.ofSeconds(SERVER_WAIT_SECONDS).toNanos();
        Path pidFile = directory.resolve("postmaster.pid");
        while (System.nanoTime() < deadline) {
            if (!postmaster.isAlive()) {
                String endOfLog = endOfLog();
                throw new EmbeddedPostgresException("PostgreSQL did not start on port " + port + " (exit code "
                        + postmaster.exitValue() + "): " + endOfLog.substring(endOfLog.lastIndexOf('\n') + 1)
                        + "\nEnd of " + log + ":\n" + endOfLog);
            }
            if (isReady(pidFile, postmaster.pid())) {
                return;
            }
            try {
                Thread.sleep(READY_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                postmaster.destroyForcibly();
                throw new EmbeddedPostgresException("Interrupted while PostgreSQL was starting on port " + port, e);
            }
        }
        postmaster.destroyForcibly();
        throw new EmbeddedPostgresException("PostgreSQL did not accept connections on port " + port + " within "
                + SERVER_WAIT_SECONDS + " s. End of " + log + ":\n" + endOfLog());
    }

    /** Line 1 of postmaster.pid is the postmaster's pid, line 8 its status; a stale file names a dead one. */
    private static boolean isReady(Path pidFile, long pid) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.size() >= 8 && lines.get(0).strip().equals(Long.toString(pid)) && lines.get(7).strip().equals("ready");
        } catch (IOException notWrittenYet) {
            return false;
        }
    }

    void stop() {
        ExternalCommand.run(runAs.wrap(List.of(program("pg_ctl"), "stop", "--pgdata=" + directory, "--mode=fast",
                "--wait", "--timeout=" + SERVER_WAIT_SECONDS)), COMMAND_TIMEOUT);
    }

    private String program(String name) {
        return binaries.program(name).toString();
    }

    private String endOfLog() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
