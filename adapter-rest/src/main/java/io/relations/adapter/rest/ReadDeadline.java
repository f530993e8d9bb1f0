package io.relations.adapter.rest;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * One deadline for reading a request, its headers and its body together, counted from its first
 * byte: the idle timeout alone restarts with every byte, so a client trickling a byte a second
 * would hold a connection (and, in the body, a thread) for as long as it likes.
 *
 * <p>Headers are watched by a sweep over the open connections: a connection whose parser has
 * been in the headers of one request for longer than the deadline is closed (there is no request
 * yet to answer). The body is watched per request: when the deadline passes before the body is
 * read, its reads fail with 408 and the API answers {@code request_timeout}. The deadline covers
 * reading only: a handler may take its time, and an answer streamed for minutes (the change feed,
 * say) is not cut, since a request without a body is read as soon as its headers are. A connection
 * idle between requests is left to the idle timeout. The sweep sees headers under way within one
 * sweep period, so a request is cut between the deadline and one period after it.
 */
final class ReadDeadline extends Handler.Wrapper {

    private static final Duration LONGEST_SWEEP_PERIOD = Duration.ofSeconds(1);

    private final long deadlineNanos;
    private final long sweepPeriodNanos;
    private final Scheduler scheduler = new ScheduledExecutorScheduler("relations-read-deadline", true);
    private final Map<Connection, Reading> readings = new ConcurrentHashMap<>();
    private volatile Scheduler.Task nextSweep;

    ReadDeadline(Duration deadline) {
        this.deadlineNanos = deadline.toNanos();
        this.sweepPeriodNanos = Math.min(LONGEST_SWEEP_PERIOD.toNanos(), Math.max(1, deadlineNanos / 4));
        addBean(scheduler);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        scheduleSweep();
    }

    @Override
    protected void doStop() throws Exception {
        Scheduler.Task sweep = nextSweep;
        if (sweep != null) {
            sweep.cancel();
        }
        readings.clear();
        super.doStop();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Connection connection = request.getConnectionMetaData().getConnection();
        Reading reading = readings.computeIfAbsent(connection, Reading::new);
        long started = reading.requestStarted();
        DeadlineRequest deadlined = new DeadlineRequest(request);
        long remaining = Math.max(0, deadlineNanos - (System.nanoTime() - started));
        Scheduler.Task expiry = scheduler.schedule(deadlined::expire, remaining, TimeUnit.NANOSECONDS);
        Request.addCompletionListener(request, failure -> expiry.cancel());
        return super.handle(deadlined, response, callback);
    }

    private void scheduleSweep() {
        if (isRunning()) {
            nextSweep = scheduler.schedule(this::sweep, sweepPeriodNanos, TimeUnit.NANOSECONDS);
        }
    }

    private void sweep() {
        try {
            long now = System.nanoTime();
            readings.values().removeIf(reading -> !reading.connection.getEndPoint().isOpen());
            for (Connector connector : getServer().getConnectors()) {
                for (EndPoint endPoint : connector.getConnectedEndPoints()) {
                    // HTTP/1.1 only: its parser tells whether it is between requests, in the
                    // headers, or in a body. An upgraded connection (a WebSocket) has no headers to wait for.
                    if (endPoint.getConnection() instanceof HttpConnection connection
                            && readings.computeIfAbsent(connection, Reading::new).headersOverdue(connection.getParser(), now, deadlineNanos)) {
                        endPoint.close(new TimeoutException("the request headers were not sent in time"));
                    }
                }
            }
        } finally {
            scheduleSweep();
        }
    }

    /** Since when the sweep has seen a connection reading a request's headers; 0 when it has not. */
    private static final class Reading {

        private final Connection connection;
        private long headersSince;

        Reading(Connection connection) {
            this.connection = connection;
        }

        /** The headers are complete: the deadline counts from when the sweep first saw them under way, if it did. */
        synchronized long requestStarted() {
            long started = headersSince == 0 ? System.nanoTime() : headersSince;
            headersSince = 0;
            return started;
        }

        /** Whether the connection has been reading the headers of one request for longer than the deadline. */
        synchronized boolean headersOverdue(HttpParser parser, long now, long deadlineNanos) {
            if (parser.isStart()) {
                // between requests: idleness is the idle timeout's
                headersSince = 0;
                return false;
            }
            if (!parser.inHeaderState()) {
                // in a body: the handler's timer watches it, counting from headersSince
                return false;
            }
            if (headersSince == 0) {
                headersSince = now;
                return false;
            }
            return now - headersSince > deadlineNanos;
        }
    }
}
