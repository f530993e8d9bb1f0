package io.relations.archfixture.frameworksintestkit.testkit.contract;

import io.javalin.http.Context;

/** Broken on purpose: the contract suite speaks HTTP, the REST adapter's business. */
public abstract class ContextCases {

    protected String actorOf(Context context) {
        return context.header("X-Actor");
    }
}
