package io.relations.bootstrap.reliability;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.joran.spi.JoranException;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The service's log as production writes it, in memory: the encoder of one of the two formats is
 * taken from bootstrap's own {@code logback.xml} (configured into a context of its own, with
 * {@code relations.log.format} set), and attached to the loggers the service writes to, whatever
 * the test configuration does with them (it discards the access log). Closing detaches it.
 */
final class CapturedLogs implements AutoCloseable {

    /** The root, and the access log, which the test configuration cuts off from the root. */
    private static final List<String> LOGGERS = List.of(Logger.ROOT_LOGGER_NAME, "relations.access");

    private final LoggerContext production = new LoggerContext();
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();

    private CapturedLogs(String format) {
        production.putProperty("relations.log.format", format);
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(production);
        URL configuration = CapturedLogs.class.getResource("/logback.xml");
        try {
            configurator.doConfigure(configuration);
        } catch (JoranException e) {
            throw new IllegalStateException("bootstrap's logback.xml does not configure", e);
        }
        @SuppressWarnings("unchecked")
        OutputStreamAppender<ILoggingEvent> console =
                (OutputStreamAppender<ILoggingEvent>) production.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(format);
        if (console == null) {
            throw new IllegalStateException("bootstrap's logback.xml has no appender named " + format + " on the root");
        }
        Encoder<ILoggingEvent> encoder = console.getEncoder();
        appender.setContext(production);
        appender.setName("captured-" + format);
        appender.setEncoder(encoder);
        appender.setOutputStream(written);
        appender.start();
        LoggerContext service = (LoggerContext) LoggerFactory.getILoggerFactory();
        LOGGERS.forEach(name -> service.getLogger(name).addAppender(appender));
    }

    /** Production's "text" or "json" format, capturing from now on. */
    static CapturedLogs of(String format) {
        return new CapturedLogs(format);
    }

    /** What was written so far, split where the encoder ends a record or a stack frame: at LF only. */
    List<String> lines() {
        String text = written.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    @Override
    public void close() {
        LoggerContext service = (LoggerContext) LoggerFactory.getILoggerFactory();
        LOGGERS.forEach(name -> service.getLogger(name).detachAppender(appender));
        appender.stop();
        production.stop();
    }
}
