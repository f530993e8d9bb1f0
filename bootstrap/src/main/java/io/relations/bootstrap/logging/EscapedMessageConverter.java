package io.relations.bootstrap.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.relations.adapter.rest.http.LogText;

/**
 * {@code %escapedMsg} in the text log pattern: the formatted message with every control, format
 * and separator character escaped (see {@link LogText}), so a message cannot end its line early
 * or colour the terminal, whoever wrote it: this service, Jetty, Javalin or a driver quoting a
 * client's text. The service escapes what it takes from a request itself; this is the backstop.
 */
public final class EscapedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return LogText.escaped(super.convert(event));
    }
}
