package io.relations.archfixture.kafkausesrest.adapter.kafka;

import io.relations.archfixture.kafkausesrest.adapter.rest.ProblemTypes;

/** Violation: the Kafka adapter calls into the REST adapter. */
public final class PublisherUsingProblems {

    public String failure() {
        return ProblemTypes.uriOf("unavailable");
    }
}
