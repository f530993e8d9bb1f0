package io.relations.adapter.persistence.read;

import io.relations.adapter.persistence.transaction.Transactions;
import io.relations.application.model.LookupRead;
import io.relations.application.port.out.RelationshipLookups;
import io.relations.domain.model.UserId;
import java.util.Objects;
import java.util.Set;

/** The batch lookup: one statement ({@link PairRows}) in one transaction, whatever the number of users. */
public final class PostgresRelationshipLookups implements RelationshipLookups {

    private final Transactions transactions;

    public PostgresRelationshipLookups(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public LookupRead lookUp(UserId actor, Set<UserId> others) {
        return transactions.inTransaction(session -> PairRows.reading(session, actor, others));
    }
}
