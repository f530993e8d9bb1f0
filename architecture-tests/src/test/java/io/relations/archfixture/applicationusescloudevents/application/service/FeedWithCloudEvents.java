package io.relations.archfixture.applicationusescloudevents.application.service;

import io.relations.archfixture.applicationusescloudevents.cloudevents.Events;

/** Violation: a use case answers CloudEvents, a wire format, instead of the application's changes. */
public final class FeedWithCloudEvents {

    private final Events events = new Events();

    public String read(String code) {
        return events.typeOf(code);
    }
}
