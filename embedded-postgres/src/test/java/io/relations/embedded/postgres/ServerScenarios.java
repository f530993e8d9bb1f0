package io.relations.embedded.postgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Server lifecycles that need a JVM of their own; run by tests through {@link ChildJvm}. */
public final class ServerScenarios {

    private ServerScenarios() {
    }

    /** Arguments: the scenario's name, then the data directory. */
    public static void main(String[] arguments) throws Exception {
        EmbeddedPostgresSettings settings = EmbeddedPostgresSettings.inDirectory(Path.of(arguments[1])).notDurable();
        switch (arguments[0]) {
            case "restart-keeps-data" -> restartKeepsData(settings);
            case "start-and-die" -> startAndDie(settings);
            default -> throw new IllegalArgumentException("unknown scenario " + arguments[0]);
        }
    }

    private static void restartKeepsData(EmbeddedPostgresSettings settings) throws Exception {
        long startedAt = System.nanoTime();
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(settings)) {
            Timings.print("start on a new data directory, new JVM", startedAt);
            System.out.println("cluster owner: " + Files.getOwner(settings.dataDirectory().resolve("pgdata")).getName());
            execute(server, "create table kept (word text); insert into kept values ('still here')");
        }
        startedAt = System.nanoTime();
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(settings)) {
            Timings.print("restart on the same data directory", startedAt);
            System.out.println("kept: " + query(server, "select word from kept"));
            System.out.println("advisory lock: " + query(server, "select pg_try_advisory_xact_lock(1)"));
        }
    }

    /** Starts a server, then ends the JVM the way a crash or kill -9 would: nothing stops the server. */
    private static void startAndDie(EmbeddedPostgresSettings settings) {
        long startedAt = System.nanoTime();
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(settings);
        Timings.print("start in a new JVM, new data directory (initdb + start)", startedAt);
        System.out.println("started on port " + server.port());
        Runtime.getRuntime().halt(0);
    }

    private static void execute(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection connection = server.connectionInfo().dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection connection = server.connectionInfo().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
