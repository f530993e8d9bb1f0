package io.relations.adapter.rest;

import static io.relations.adapter.rest.Exchange.caller;
import static io.relations.adapter.rest.Exchange.query;
import static io.relations.adapter.rest.Exchange.successOf;

import com.fasterxml.jackson.databind.util.RawValue;
import io.javalin.http.Context;
import io.relations.adapter.rest.auth.Caller;
import io.relations.adapter.rest.auth.Scope;
import io.relations.adapter.rest.http.ChangeParams;
import io.relations.adapter.rest.http.Query;
import io.relations.adapter.rest.json.PageView;
import io.relations.adapter.rest.problem.ProblemException;
import io.relations.adapter.rest.problem.ProblemType;
import io.relations.application.change.ChangePage;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.LoggedChange;
import io.relations.application.change.PrivacyClass;
import io.relations.application.port.in.ReadChangesUseCase;
import io.relations.cloudevents.ChangeCloudEvents;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * The change feed: pages of committed changes after a position, and the same as a live stream of
 * Server-Sent Events. Each change is its CloudEvent in structured JSON, as webhooks and Kafka
 * carry it. Who may read what: the scope {@code changes:read} or {@code admin} reads the classes
 * {@code public} and {@code parties}; {@code private} also needs {@code changes:read_private} or
 * {@code admin}. The module switch does not stop the feed: it reports the switch itself.
 */
final class ChangeHandlers {

    /** How long a client told "too many streams" waits before it tries again. */
    static final String STREAMS_RETRY_AFTER_SECONDS = "5";

    private final ReadChangesUseCase changes;
    private final ChangeCloudEvents events;
    private final ChangeStreams streams;
    private final ChangeFeedSettings settings;

    ChangeHandlers(ReadChangesUseCase changes, ChangeCloudEvents events, ChangeStreams streams, ChangeFeedSettings settings) {
        this.changes = changes;
        this.events = events;
        this.streams = streams;
        this.settings = settings;
    }

    void feed(Context ctx) {
        Query query = query(ctx, "after", "limit", "privacy");
        Set<PrivacyClass> classes = readableClasses(caller(ctx), query);
        ChangePosition after = ChangeParams.after(query).orElse(ChangePosition.START);
        ChangePage page = successOf(changes.readChanges(after, ChangeParams.limit(query), classes));
        ctx.json(new PageView<>(page.items().stream().map(this::rawJson).toList(), page.next().toString()));
    }

    /**
     * Resumes after {@code Last-Event-ID} (what a reconnecting EventSource sends), else after
     * {@code after}, else from now. A position retention has removed is answered 410 before the
     * stream begins; once it has begun, nothing but events and heartbeats is written.
     */
    void stream(Context ctx) {
        Query query = query(ctx, "after", "privacy");
        Set<PrivacyClass> classes = readableClasses(caller(ctx), query);
        var resumeFrom = ChangeParams.lastEventId(ctx.header("Last-Event-ID")).or(() -> ChangeParams.after(query));
        try (ChangeStreams.Slot slot = streams.tryOpen().orElseThrow(ChangeHandlers::tooManyStreams)) {
            ChangePosition start = resumeFrom.orElseGet(changes::latestPosition);
            ChangePage first = successOf(changes.readChanges(start, ChangeStream.BATCH, classes));
            new ChangeStream(ctx, changes, classes, events, streams, settings).run(start, first);
        }
    }

    /** A 403 unless the caller may read the feed, and the classes it asks for (the defaults unless it says). */
    private static Set<PrivacyClass> readableClasses(Caller caller, Query query) {
        boolean reader = caller.admin() || caller.has(Scope.CHANGES_READ) || caller.has(Scope.CHANGES_READ_PRIVATE);
        if (!reader) {
            throw Filters.insufficientScope("The change feed needs the scope changes:read (or admin).", Scope.CHANGES_READ.text());
        }
        Set<PrivacyClass> classes = ChangeParams.privacy(query).orElseGet(PrivacyClass::defaults);
        if (classes.contains(PrivacyClass.PRIVATE) && !caller.admin() && !caller.has(Scope.CHANGES_READ_PRIVATE)) {
            throw Filters.insufficientScope("The privacy class private needs the scope changes:read_private (or admin).",
                    Scope.CHANGES_READ_PRIVATE.text());
        }
        return classes;
    }

    private RawValue rawJson(LoggedChange change) {
        return new RawValue(new String(events.toJson(change), StandardCharsets.UTF_8));
    }

    private static ProblemException tooManyStreams() {
        return new ProblemException(ProblemType.UNAVAILABLE, "Too many change streams are open; retry later, or read the feed's pages.",
                Map.of("Retry-After", STREAMS_RETRY_AFTER_SECONDS));
    }
}
