package io.relations.embedded.postgres;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which identity PostgreSQL runs with; the real commands are exercised by RootFallbackTest. */
class RunAsTest {

    private static final Path POSTGRES = Path.of("/binaries/bin/postgres");
    private static final ExternalCommand.Result WORKS = new ExternalCommand.Result(0, "postgres (PostgreSQL) 17.11");
    private static final ExternalCommand.Result FAILS = new ExternalCommand.Result(1, "unshare: Operation not permitted");

    private final List<List<String>> probed = new ArrayList<>();

    @Test
    void a_non_root_user_runs_postgres_directly_without_probing() {
        assertThat(RunAs.choose(false, POSTGRES, answering(WORKS, WORKS))).isEqualTo(new RunAs.CurrentUser());
        assertThat(probed).isEmpty();
    }

    @Test
    void root_prefers_a_user_namespace() {
        RunAs chosen = RunAs.choose(true, POSTGRES, answering(WORKS, WORKS));

        assertThat(chosen).isEqualTo(new RunAs.UserNamespace());
        assertThat(chosen.wrap(List.of("initdb"))).containsExactly("unshare", "-U", "initdb");
    }

    @Test
    void root_without_user_namespaces_runs_postgres_as_nobody() {
        RunAs chosen = RunAs.choose(true, POSTGRES, answering(FAILS, WORKS));

        assertThat(chosen).isInstanceOf(RunAs.UnprivilegedUser.class);
        assertThat(chosen.wrap(List.of("initdb")))
                .startsWith("setpriv", "--reuid=nobody")
                .contains("--clear-groups")
                .endsWith("initdb");
        assertThat(probed.get(1)).endsWith("/binaries/bin/postgres", "--version");
    }

    @Test
    void root_with_neither_way_is_told_what_to_do() {
        assertThatThrownBy(() -> RunAs.choose(true, POSTGRES, answering(FAILS, FAILS)))
                .isInstanceOf(EmbeddedPostgresException.class)
                .hasMessageContaining("Run the service as a non-root user, or set RELATIONS_DB_URL")
                .hasMessageContaining("unshare: Operation not permitted");
    }

    private Function<List<String>, ExternalCommand.Result> answering(ExternalCommand.Result unshare,
                                                                    ExternalCommand.Result setpriv) {
        return command -> {
            probed.add(command);
            return command.get(0).equals("unshare") ? unshare : setpriv;
        };
    }
}
