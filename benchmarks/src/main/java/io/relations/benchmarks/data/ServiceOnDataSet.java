package io.relations.benchmarks.data;

import io.relations.embedded.postgres.ConnectionInfo;
import io.relations.adapter.rest.auth.TokenMinter;
import io.relations.benchmarks.BenchmarkTokens;
import io.relations.bootstrap.RelationsService;
import io.relations.bootstrap.config.RelationsConfig;
import io.relations.domain.model.UserId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real service, started in this JVM on one data set's database exactly as an operator would
 * point it at a server (rate limit off, HTTP on 127.0.0.1), with tokens signed by its secret.
 */
final class ServiceOnDataSet implements AutoCloseable {

    private static final Duration TOKEN_LIFETIME = Duration.ofHours(12);

    private final RelationsService service;
    private final Path dataDirectory;
    private final TokenMinter tokens = BenchmarkTokens.minter(BenchmarkTokens.SECRET);

    private ServiceOnDataSet(RelationsService service, Path dataDirectory) {
        this.service = service;
        this.dataDirectory = dataDirectory;
    }

    static ServiceOnDataSet start(ConnectionInfo database) throws IOException {
        // Unused with an external database, but the service wants a directory of its own.
        Path dataDirectory = Files.createTempDirectory("relations-bigdata-service-");
        RelationsService service = RelationsService.start(RelationsConfig.from(Map.of(
                "RELATIONS_DATA_DIR", dataDirectory.toString(),
                "RELATIONS_DB_URL", database.jdbcUrl(),
                "RELATIONS_DB_USER", database.user(),
                "RELATIONS_DB_PASSWORD", database.password(),
                "RELATIONS_HTTP_HOST", "127.0.0.1",
                "RELATIONS_HTTP_PORT", "0",
                "RELATIONS_RATE_LIMIT_PER_MINUTE", "0",
                "RELATIONS_JWT_SECRET", BenchmarkTokens.SECRET,
                "RELATIONS_CURSOR_KEYS", BenchmarkTokens.CURSOR_KEY)), Clock.systemUTC());
        return new ServiceOnDataSet(service, dataDirectory);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + service.port();
    }

    String tokenFor(UserId user) {
        return tokens.mint(user, false, TOKEN_LIFETIME);
    }

    @Override
    public void close() throws IOException {
        service.close();
        try (Stream<Path> paths = Files.walk(dataDirectory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
