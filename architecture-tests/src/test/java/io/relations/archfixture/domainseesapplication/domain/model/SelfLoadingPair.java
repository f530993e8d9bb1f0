package io.relations.archfixture.domainseesapplication.domain.model;

import io.relations.archfixture.domainseesapplication.application.port.out.PairLoader;

/** Broken on purpose: the domain calls an application port, pointing outward. */
public record SelfLoadingPair(String a, String b) {

    public static SelfLoadingPair load(PairLoader loader) {
        return loader.load();
    }
}
