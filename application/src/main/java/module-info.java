/**
 * The use cases of Relations and the ports they need: one inbound port per use case, the outbound
 * ports a storage implements (the contract {@code relations-testkit} checks), the values both
 * carry, and the services that implement the use cases on the ports. Needs the domain only.
 */
module io.relations.application {
    requires transitive io.relations.domain;

    exports io.relations.application.change;
    exports io.relations.application.model;
    exports io.relations.application.port.in;
    exports io.relations.application.port.out;
    exports io.relations.application.service;
    exports io.relations.application.webhook;
}
