package io.relations.adapter.persistence.embedded;

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

    void start(int port, boolean durable) {
        // TCP on loopback only, and no Unix socket: its default directory may not exist or be writable here.
        List<String> options = new ArrayList<>(List.of("-p", Integer.toString(port),
                "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=''"));
        if (!durable) {
            options.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
        }
        List<String> pgCtl = List.of(program("pg_ctl"), "start", "--pgdata=" + directory, "--wait",
                "--timeout=" + SERVER_WAIT_SECONDS, "--log=" + log, "--options=" + String.join(" ", options));
        ExternalCommand.Result result = ExternalCommand.attempt(runAs.wrap(pgCtl), COMMAND_TIMEOUT);
        if (!result.succeeded()) {
            throw new EmbeddedPostgresException("PostgreSQL did not start on port " + port + ":\n" + result.output()
                    + "\nEnd of " + log + ":\n" + endOfLog());
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
