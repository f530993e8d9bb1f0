package io.relations.archfixture.kafkausesrest.adapter.rest;

public final class ProblemTypes {

    private ProblemTypes() {}

    public static String uriOf(String name) {
        return "https://relations.io/problems/" + name;
    }
}
