package io.relations.archfixture.cloudeventsusesjavalin.cloudevents;

import io.javalin.http.Context;

/** Violation: the shared CloudEvents mapping depends on the REST adapter's server. */
public final class EventsFromContext {

    public void answer(Context context, byte[] event) {
        context.result(event);
    }
}
