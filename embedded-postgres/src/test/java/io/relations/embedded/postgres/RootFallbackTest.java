package io.relations.embedded.postgres;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Root in a container that forbids user namespaces, simulated by an {@code unshare} that always fails put first on
 * the PATH of a child JVM: PostgreSQL must then run as user nobody, end to end.
 */
class RootFallbackTest {

    private Path fakePrograms;
    private Path dataDirectory;

    @BeforeEach
    void simulate_a_container_without_user_namespaces(@TempDir Path temp) throws IOException {
        assumeTrue(RunAs.isRoot(), "Runs only as root: the fallback is for root without user namespaces.");
        assumeTrue(onPath("setpriv"), "setpriv (util-linux) is not installed, so the fallback cannot work here.");
        EmbeddedPostgresServerTest.reachableByAll(temp);
        fakePrograms = Files.createDirectory(temp.resolve("fake-bin"));
        failingProgram("unshare");
        dataDirectory = temp.resolve("data");
    }

    @Test
    void postgres_runs_as_nobody_and_keeps_its_data_across_restarts() throws Exception {
        ChildJvm.Outcome outcome = ChildJvm.run(pathStartingWithFakes(), ServerScenarios.class,
                "restart-keeps-data", dataDirectory.toString());

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.output())
                .contains("cluster owner: nobody")
                .contains("kept: still here")
                .contains("advisory lock: t");
    }

    @Test
    void without_setpriv_either_the_user_is_told_what_to_do() throws Exception {
        failingProgram("setpriv");

        ChildJvm.Outcome outcome = ChildJvm.run(pathStartingWithFakes(), ServerScenarios.class,
                "restart-keeps-data", dataDirectory.toString());

        assertThat(outcome.exitCode()).isNotZero();
        assertThat(outcome.output()).contains("Run the service as a non-root user, or set RELATIONS_DB_URL");
    }

    private void failingProgram(String name) throws IOException {
        Path program = Files.writeString(fakePrograms.resolve(name), "#!/bin/sh\necho \"fake " + name + " fails\" >&2\nexit 1\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Map<String, String> pathStartingWithFakes() {
        return Map.of("PATH", fakePrograms + File.pathSeparator + System.getenv("PATH"));
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, program)));
    }
}
