package io.relations.bootstrap.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The messages one class logs from now on, at a level of the test's choosing whatever the test
 * configuration says; closing restores the level and stops listening. For what a class says,
 * not how production formats it (the reliability tests' CapturedLogs is for that).
 */
public final class LoggedMessages implements AutoCloseable {

    private final Logger logger;
    private final Level levelBefore;
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();

    private LoggedMessages(Class<?> source, Level level) {
        this.logger = (Logger) LoggerFactory.getLogger(source);
        this.levelBefore = logger.getLevel();
        events.start();
        logger.addAppender(events);
        logger.setLevel(level);
    }

    /** Listens to what {@code source} logs at {@code level} and above. */
    public static LoggedMessages of(Class<?> source, Level level) {
        return new LoggedMessages(source, level);
    }

    /** The messages logged so far, formatted, oldest first. */
    public List<String> formatted() {
        synchronized (events) {
            return events.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        }
    }

    @Override
    public void close() {
        logger.detachAppender(events);
        logger.setLevel(levelBefore);
        events.stop();
    }
}
