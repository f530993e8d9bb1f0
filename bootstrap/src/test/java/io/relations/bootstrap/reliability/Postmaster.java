package io.relations.bootstrap.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The embedded PostgreSQL's postmaster, as an operator (or the kernel's OOM killer) finds and kills it. */
final class Postmaster {

    private Postmaster() {
    }

    /** Line 1 of {@code pgdata/postmaster.pid} in the server's directory. */
    static long pid(Path serverDirectory) {
        try {
            return Long.parseLong(Files.readAllLines(serverDirectory.resolve("pgdata").resolve("postmaster.pid")).get(0).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code kill -9} from another process, as the OOM killer does it: no shutdown, no cleanup. */
    static long killMinus9(Path serverDirectory) {
        long pid = pid(serverDirectory);
        try {
            Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -9 " + pid + " failed");
            }
            return pid;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Makes the data directory one PostgreSQL refuses to start on (it claims another major version):
     * the running server does not notice, a restart fails.
     */
    static void breakDataDirectory(Path serverDirectory) {
        try {
            Files.writeString(serverDirectory.resolve("pgdata").resolve("PG_VERSION"), "9\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
