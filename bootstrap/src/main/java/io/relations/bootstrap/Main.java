package io.relations.bootstrap;

import io.relations.bootstrap.config.ConfigurationException;
import io.relations.bootstrap.config.RelationsConfig;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar relations.jar [serve | token … | db rollback | help]}. Configuration comes from
 * environment variables only (see the README); a bad one stops here with a message naming it.
 */
public final class Main {

    private static final String USAGE = String.join("\n",
            "usage: java -jar relations.jar [command]",
            "  serve            run the service (the default)",
            "  " + TokenCommand.USAGE,
            "                   print a token the service accepts, for trying the API",
            "  db rollback      undo the schema: drop every table of the service and its setting",
            "  help             this text",
            "Settings are environment variables; see the README.");

    private Main() {
    }

    public static void main(String[] args) {
        int status = run(List.of(args), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        String command = args.isEmpty() ? "serve" : args.get(0);
        try {
            RelationsConfig config = RelationsConfig.fromEnvironment();
            System.setProperty("relations.log.format", config.logFormat().name().toLowerCase(Locale.ROOT));
            switch (command) {
                case "serve" -> serve(config);
                case "token" -> out.println(TokenCommand.mint(args.subList(1, args.size()), config.tokens(), Clock.systemUTC()));
                case "db" -> database(args.subList(1, args.size()), config, out);
                case "help", "--help", "-h" -> out.println(USAGE);
                default -> throw new UsageException("unknown command '" + command + "'");
            }
            return 0;
        } catch (UsageException wrongUse) {
            err.println("relations: " + wrongUse.getMessage());
            err.println(USAGE);
            return 64;
        } catch (ConfigurationException badSetting) {
            err.println("relations: " + badSetting.getMessage());
            return 78;
        }
    }

    private static void database(List<String> args, RelationsConfig config, PrintStream out) {
        if (!args.equals(List.of("rollback"))) {
            throw new UsageException("the db command takes one word: rollback");
        }
        RelationsService.rollbackSchema(config);
        out.println("schema rolled back: the tables of the service and its setting are gone; the next start migrates again");
    }

    private static void serve(RelationsConfig config) {
        Logger log = LoggerFactory.getLogger(Main.class);
        RelationsService service = RelationsService.start(config, Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("stopping: finishing the requests under way");
            service.close();
            stopped.countDown();
        }, "relations-shutdown"));
        log.info("Relations is listening on http://{}:{} (API under /api/v1, docs at /docs)", config.host(), service.port());
        awaitUninterruptibly(stopped);
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
