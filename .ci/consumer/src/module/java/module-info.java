/** The consumer as a named module: it reads the kernel and the use cases by their module names. */
module example.consumer {
    requires io.relations.domain;
    requires io.relations.application;
}
