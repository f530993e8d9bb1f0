package io.relations.archfixture.productionusestestkit.application.port.out;

public interface Store {

    int size();
}
