/**
 * The use cases of the relationship kernel and the ports they need. (Minimal, so that
 * adapter-persistence's module-info can name it; the testkit part of issue 12 owns this file.)
 */
module io.relations.application {
    requires transitive io.relations.domain;

    exports io.relations.application.model;
    exports io.relations.application.port.in;
    exports io.relations.application.port.out;
    exports io.relations.application.service;
}
