package io.relations.adapter.persistence.change;

import io.relations.application.change.ChangeEvent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.StatelessSession;

/**
 * Appends changes to {@code phoenix_kit_change_log} in the caller's transaction: any number of
 * them in one statement, numbered ({@code sequence_id}) in the order given. The server stamps
 * each row with the writing transaction's id, so the caller must hold every lock that orders its
 * subjects before its first write (V4's comment, DESIGN §7).
 *
 * <p>A native query because it is one multi-row insert from arrays: each column of the changes is
 * one array, and the data, which has a different number of fields per change, is three parallel
 * arrays (the change's position, the field's name, its value) folded back into one JSON object
 * per change. The statement's text is the same for any number of changes, so it stays prepared.
 */
public final class ChangeLogWriter {

    private static final String APPEND = """
            with fields as (
                select f.change, jsonb_object_agg(f.name, f.value) as data
                from unnest(cast(?8 as int[]), cast(?9 as text[]), cast(?10 as text[])) as f(change, name, value)
                group by f.change)
            insert into {h-schema}phoenix_kit_change_log (id, type, type_version, privacy, subject, actor_id, occurred_at, data)
            select c.id, c.type, c.type_version, c.privacy, c.subject, c.actor_id, c.occurred_at, fields.data
            from unnest(cast(?1 as uuid[]), cast(?2 as text[]), cast(?3 as smallint[]), cast(?4 as text[]),
                        cast(?5 as text[]), cast(?6 as uuid[]), cast(?7 as timestamptz[]))
                     with ordinality as c(id, type, type_version, privacy, subject, actor_id, occurred_at, position)
            join fields on fields.change = c.position
            order by c.position""";

    private ChangeLogWriter() {
    }

    /**
     * Sends one statement when {@code changes} holds any, none otherwise.
     *
     * @param session the transaction that made the changes
     * @param changes in the order they happened
     */
    public static void append(StatelessSession session, List<ChangeEvent> changes) {
        if (changes.isEmpty()) {
            return;
        }
        int size = changes.size();
        UUID[] ids = new UUID[size];
        String[] types = new String[size];
        Short[] versions = new Short[size];
        String[] privacies = new String[size];
        String[] subjects = new String[size];
        UUID[] actors = new UUID[size];
        Instant[] times = new Instant[size];
        List<Integer> fieldChanges = new ArrayList<>();
        List<String> fieldNames = new ArrayList<>();
        List<String> fieldValues = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ChangeEvent change = changes.get(i);
            ids[i] = change.id();
            types[i] = change.type().code();
            versions[i] = (short) change.type().version();
            privacies[i] = change.type().privacy().code();
            subjects[i] = change.subject().key();
            actors[i] = change.actor().value();
            // PostgreSQL keeps microseconds and would round the rest: the row holds what the history holds.
            times[i] = change.occurredAt().truncatedTo(ChronoUnit.MICROS);
            for (Map.Entry<String, String> field : change.data().entrySet()) {
                fieldChanges.add(i + 1);
                fieldNames.add(field.getKey());
                fieldValues.add(field.getValue());
            }
        }
        int inserted = session.createNativeMutationQuery(APPEND)
                .setParameter(1, ids)
                .setParameter(2, types)
                .setParameter(3, versions)
                .setParameter(4, privacies)
                .setParameter(5, subjects)
                .setParameter(6, actors)
                .setParameter(7, times)
                .setParameter(8, fieldChanges.toArray(Integer[]::new))
                .setParameter(9, fieldNames.toArray(String[]::new))
                .setParameter(10, fieldValues.toArray(String[]::new))
                .executeUpdate();
        if (inserted != size) {
            throw new IllegalStateException("wrote " + inserted + " of " + size + " changes to the log");
        }
    }
}
