package io.relations.archfixture.librariesoutsidetheiradapter.adapter.persistence;

import io.javalin.http.Context;

/** Broken on purpose: the persistence adapter reads the HTTP request. */
public final class ContextReadingStore {

    public String actor(Context ctx) {
        return ctx.header("X-User");
    }
}
