package io.relations.adapter.persistence.change;

import io.relations.application.change.ChangeEvent;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.ChangeSubject;
import io.relations.application.change.ChangeType;
import io.relations.application.change.LoggedChange;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/**
 * A row of {@code phoenix_kit_change_log} as the readers select it, and its mapping back to the
 * application's {@link LoggedChange}. The transaction id travels as text because {@code xid8} has
 * no JDBC type; the data as two arrays (its keys and their values) because the adapter has no JSON
 * library and the data is a flat object of texts.
 */
final class ChangeRows {

    /** The select list every reader of changes uses, in the order {@link #of} reads it. */
    static final String COLUMNS = """
            cast(l.transaction_id as text) as transaction_text, l.sequence_id, l.id, l.type, l.type_version,
            l.subject, l.actor_id, l.occurred_at,
            (select array_agg(e.key order by e.key) from jsonb_each_text(l.data) as e) as data_keys,
            (select array_agg(e.value order by e.key) from jsonb_each_text(l.data) as e) as data_values""";

    private ChangeRows() {
    }

    static <T> NativeQuery<T> addScalars(NativeQuery<T> query) {
        return query.addScalar("transaction_text", String.class)
                .addScalar("sequence_id", Long.class)
                .addScalar("id", UUID.class)
                .addScalar("type", String.class)
                .addScalar("type_version", Integer.class)
                .addScalar("subject", String.class)
                .addScalar("actor_id", UUID.class)
                .addScalar("occurred_at", Instant.class)
                .addScalar("data_keys", String[].class)
                .addScalar("data_values", String[].class);
    }

    static LoggedChange of(Object[] row) {
        ChangePosition position = new ChangePosition(Long.parseLong((String) row[0]), (Long) row[1]);
        String[] keys = (String[]) row[8];
        String[] values = (String[]) row[9];
        Map<String, String> data = new LinkedHashMap<>();
        for (int i = 0; keys != null && i < keys.length; i++) {
            data.put(keys[i], values[i]);
        }
        ChangeEvent event = new ChangeEvent((UUID) row[2], ChangeType.of((String) row[3], (Integer) row[4]),
                subject((String) row[5]), UserId.of((UUID) row[6]), (Instant) row[7], data);
        return new LoggedChange(position, event);
    }

    /** The inverse of {@link ChangeSubject#key()}, which the log stores. */
    static ChangeSubject subject(String key) {
        int colon = key.indexOf(':');
        String kind = colon < 0 ? key : key.substring(0, colon);
        String rest = colon < 0 ? "" : key.substring(colon + 1);
        return switch (kind) {
            case "pair" -> {
                int second = rest.indexOf(':');
                if (second < 0) {
                    throw new IllegalStateException("the change log holds a pair subject without two users: " + key);
                }
                yield ChangeSubject.of(UserPair.of(UserId.parse(rest.substring(0, second)), UserId.parse(rest.substring(second + 1))));
            }
            case "user" -> ChangeSubject.of(UserId.parse(rest));
            case "setting" -> ChangeSubject.setting(rest);
            default -> throw new IllegalStateException("the change log holds a subject of no known kind: " + key);
        };
    }

    /** {@code xid8} has no JDBC type: positions go to the server as text, cast there. */
    static String transactionText(ChangePosition position) {
        return Long.toString(position.transaction());
    }
}
