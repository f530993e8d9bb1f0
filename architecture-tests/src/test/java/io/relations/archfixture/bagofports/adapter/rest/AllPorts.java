package io.relations.archfixture.bagofports.adapter.rest;

/** A bag of bags: the ports it holds are two records away. */
public record AllPorts(UseCases useCases) {
}
