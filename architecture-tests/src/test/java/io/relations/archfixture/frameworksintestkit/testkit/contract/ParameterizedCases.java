package io.relations.archfixture.frameworksintestkit.testkit.contract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Broken on purpose: JUnit's params module is not the Jupiter API the testkit's users are promised to need. */
public abstract class ParameterizedCases {

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void any_size(int size) {
        if (size < 0) {
            throw new AssertionError(size);
        }
    }
}
