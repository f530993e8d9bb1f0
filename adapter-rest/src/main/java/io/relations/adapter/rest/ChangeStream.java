package io.relations.adapter.rest;

import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.relations.application.change.ChangePage;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.LoggedChange;
import io.relations.application.change.PrivacyClass;
import io.relations.application.model.Outcome;
import io.relations.application.port.in.ReadChangesUseCase;
import io.relations.cloudevents.ChangeCloudEvents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One live stream of the feed, on the request's own thread: one SSE event per change ({@code id}
 * its position, {@code event} its CloudEvents type, {@code data} the CloudEvent on one line),
 * a comment as heartbeat while nothing happens, and the log asked again every poll interval
 * while it has nothing new. It ends when the client goes (seen at the next write), when it has
 * lasted its longest duration, when the server stops, or when a read fails; the client then
 * reconnects with {@code Last-Event-ID} and loses nothing. Once the answer has begun it can no
 * longer become a problem, so a failure ends the stream and is logged.
 */
final class ChangeStream {

    /** The changes one read of a stream takes. */
    static final int BATCH = 100;
    static final String HEARTBEAT = "heartbeat";

    private static final Logger LOG = LoggerFactory.getLogger(ChangeStream.class);

    private final Context ctx;
    private final ReadChangesUseCase changes;
    private final Set<PrivacyClass> classes;
    private final ChangeCloudEvents events;
    private final ChangeStreams streams;
    private final ChangeFeedSettings settings;

    ChangeStream(Context ctx, ReadChangesUseCase changes, Set<PrivacyClass> classes, ChangeCloudEvents events,
                 ChangeStreams streams, ChangeFeedSettings settings) {
        this.ctx = ctx;
        this.changes = changes;
        this.classes = classes;
        this.events = events;
        this.streams = streams;
        this.settings = settings;
    }

    /** Writes from {@code first}, the page after {@code start}, until the stream ends. */
    void run(ChangePosition start, ChangePage first) {
        SseClient client = begin();
        long now = System.nanoTime();
        long ends = now + settings.maxStreamDuration().toNanos();
        long nextHeartbeat = now + settings.heartbeat().toNanos();
        ChangePosition position = start;
        Optional<ChangePage> page = Optional.of(first);
        try {
            while (page.isPresent() && !client.terminated()) {
                for (LoggedChange change : page.get().items()) {
                    // Javalin logs a warning for every send after the client went: one gone client, one page, no more.
                    if (client.terminated()) {
                        break;
                    }
                    client.sendEvent(change.event().type().cloudEventType(), json(change), change.position().toString());
                    nextHeartbeat = System.nanoTime() + settings.heartbeat().toNanos();
                }
                position = page.get().next();
                now = System.nanoTime();
                if (now - ends >= 0 || client.terminated()) {
                    break;
                }
                if (page.get().items().size() < BATCH) {
                    long wait = Math.min(settings.pollInterval().toNanos(), Math.min(nextHeartbeat - now, ends - now));
                    if (streams.awaitClosing(Duration.ofNanos(wait))) {
                        break;
                    }
                }
                if (System.nanoTime() - nextHeartbeat >= 0) {
                    client.sendComment(HEARTBEAT);
                    nextHeartbeat = System.nanoTime() + settings.heartbeat().toNanos();
                }
                page = read(position);
            }
        } catch (RuntimeException failure) {
            LOG.warn("Change stream of request {} ended after {}: {}", Exchange.requestId(ctx), position, failure.toString());
        } finally {
            client.close();
        }
    }

    /** The answer's head, sent at once: the client knows the stream is open before the first change. */
    private SseClient begin() {
        ctx.status(200);
        ctx.res().setCharacterEncoding(StandardCharsets.UTF_8.name());
        ctx.res().setContentType("text/event-stream");
        ctx.res().setHeader("X-Accel-Buffering", "no");
        try {
            ctx.res().flushBuffer();
        } catch (IOException gone) {
            // The client went already: the first write finds it gone and ends the stream.
            LOG.debug("Change stream of request {}: the client went before it began", Exchange.requestId(ctx));
        }
        return new SseClient(ctx);
    }

    /** The next page; empty when the stream must end (retention passed it: the client's reconnect is told 410). */
    private Optional<ChangePage> read(ChangePosition after) {
        Outcome<ChangePage> outcome = changes.readChanges(after, BATCH, classes);
        return outcome.fold(Optional::of, refusal -> Optional.empty(), denial -> Optional.empty());
    }

    private String json(LoggedChange change) {
        return new String(events.toJson(change), StandardCharsets.UTF_8);
    }
}
