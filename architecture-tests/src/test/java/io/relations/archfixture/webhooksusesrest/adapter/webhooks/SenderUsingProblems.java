package io.relations.archfixture.webhooksusesrest.adapter.webhooks;

import io.relations.archfixture.webhooksusesrest.adapter.rest.ProblemTypes;

/** Broken on purpose: the webhook adapter reaches into the REST adapter. */
public final class SenderUsingProblems {

    public String refusal() {
        return ProblemTypes.uriOf("address_refused");
    }
}
