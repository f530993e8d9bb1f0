package io.relations.archfixture.clean.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.archfixture.clean.application.port.out.RelationshipStore;
import io.relations.archfixture.clean.domain.model.PairState;
import io.relations.archfixture.clean.domain.model.UserId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The port's contract suite: JUnit's API and AssertJ, the testkit's only libraries. */
public abstract class RelationshipStoreContract {

    protected abstract RelationshipStore store();

    @Test
    void a_stored_follow_is_loaded_back() {
        UserId a = new UserId(UUID.randomUUID());
        UserId b = new UserId(UUID.randomUUID());
        store().append(new PairState(a, b, true), List.of());

        assertThat(store().load(a, b).aFollowsB()).isTrue();
    }
}
