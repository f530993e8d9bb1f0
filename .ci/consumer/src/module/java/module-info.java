/** The consumer as a named module: it reads the kernel, the use cases and the testkit by their module names. */
module example.consumer {
    requires io.relations.domain;
    requires io.relations.application;
    requires io.relations.testkit;
}
