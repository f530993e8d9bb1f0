/**
 * The test kit of Relations: the outbound ports in memory ({@code io.relations.testkit.memory}),
 * to run the use cases without a database, and the contract suite every implementation of the
 * ports must pass ({@code io.relations.testkit.contract}), to check one's own storage. JUnit 5
 * and AssertJ are its dependencies because the suite is test code its users run.
 */
module io.relations.testkit {
    requires transitive io.relations.application;
    // Transitive: a suite's subclass is a JUnit test class and needs the API on its own.
    requires transitive org.junit.jupiter.api;
    requires org.assertj.core;

    exports io.relations.testkit.memory;
    exports io.relations.testkit.contract;

    // JUnit calls the suite's package-private test methods and builds its nested groups reflectively.
    opens io.relations.testkit.contract to org.junit.platform.commons;
}
