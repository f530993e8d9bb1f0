package io.relations.archfixture.frameworksintestkit.testkit.contract;

import org.hibernate.Session;

/** Broken on purpose: the contract suite reaches into a Hibernate session instead of the ports. */
public abstract class SessionCases {

    protected abstract Session session();

    protected boolean isOpen() {
        return session().isOpen();
    }
}
