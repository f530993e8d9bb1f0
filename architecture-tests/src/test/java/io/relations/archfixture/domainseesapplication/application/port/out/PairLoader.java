package io.relations.archfixture.domainseesapplication.application.port.out;

import io.relations.archfixture.domainseesapplication.domain.model.SelfLoadingPair;

public interface PairLoader {

    SelfLoadingPair load();
}
