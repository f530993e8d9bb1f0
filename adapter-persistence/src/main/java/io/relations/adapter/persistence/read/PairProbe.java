package io.relations.adapter.persistence.read;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.UUID;

/**
 * Rows of a table whose (first, second) expressions equal one of a list of pairs, found by joining
 * the pairs as a VALUES list to the table: each pair is one probe of the table's unique index on
 * those expressions (see {@link CurrentRows} for why not {@code in (...)}).
 */
public record PairProbe(String table, String first, String second) {

    /** Its JDBC parameters are the first and second of each pair in turn, as {@link #rows} binds them. */
    public String sql(int pairs) {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < pairs; i++) {
            values.append(i == 0 ? "" : ", ").append("(cast(? as uuid), cast(? as uuid))");
        }
        return "select t.* from (values " + values + ") as pair(first, second)\n"
                + "join " + table + " t on " + first + " = pair.first and " + second + " = pair.second";
    }

    @SuppressWarnings("unchecked") // a native query mapped to the entity class returns that class
    <E> List<E> rows(EntityManager entityManager, Class<E> type, List<UUID> firstAndSecond) {
        Query query = entityManager.createNativeQuery(sql(firstAndSecond.size() / 2), type);
        for (int i = 0; i < firstAndSecond.size(); i++) {
            query.setParameter(i + 1, firstAndSecond.get(i));
        }
        return query.getResultList();
    }
}
