package io.relations.bootstrap.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import io.relations.adapter.rest.http.LogText;
import java.util.Arrays;

/**
 * {@code %escapedEx} in the text log pattern: the usual stack trace, one frame a line, with the
 * message of every exception in it (causes and suppressed ones too) escaped like a log message.
 * An exception's message may quote a client's text, and a raw line break in it would start a
 * line that looks like the service's own.
 */
public final class EscapedThrowableConverter extends ThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy thrown) {
        return super.throwableProxyToString(new Escaped(thrown));
    }

    /** The exception as it was, but for its messages. */
    private record Escaped(IThrowableProxy thrown) implements IThrowableProxy {

        @Override
        public String getMessage() {
            return thrown.getMessage() == null ? null : LogText.escaped(thrown.getMessage());
        }

        @Override
        public String getOverridingMessage() {
            return thrown.getOverridingMessage() == null ? null : LogText.escaped(thrown.getOverridingMessage());
        }

        @Override
        public String getClassName() {
            return thrown.getClassName();
        }

        @Override
        public StackTraceElementProxy[] getStackTraceElementProxyArray() {
            return thrown.getStackTraceElementProxyArray();
        }

        @Override
        public int getCommonFrames() {
            return thrown.getCommonFrames();
        }

        @Override
        public IThrowableProxy getCause() {
            return thrown.getCause() == null ? null : new Escaped(thrown.getCause());
        }

        @Override
        public IThrowableProxy[] getSuppressed() {
            IThrowableProxy[] suppressed = thrown.getSuppressed();
            return suppressed == null ? null : Arrays.stream(suppressed).map(Escaped::new).toArray(IThrowableProxy[]::new);
        }

        @Override
        public boolean isCyclic() {
            return thrown.isCyclic();
        }
    }
}
