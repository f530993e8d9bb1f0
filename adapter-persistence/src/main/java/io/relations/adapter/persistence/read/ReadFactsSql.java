package io.relations.adapter.persistence.read;

import io.relations.application.model.ReadFacts;
import io.relations.domain.decision.ListAudience;
import io.relations.domain.model.UserId;
import java.util.List;
import org.hibernate.query.NativeQuery;

/**
 * The facts that guard a read ({@link ReadFacts}), as one row of SQL that the read's statement
 * joins to the rows it reads: one statement, so one snapshot for the facts and the rows they
 * guard. Each fact is one probe of a primary key or unique index. It only reads the facts; what
 * they mean is the application's and the domain's ({@code Privacy}).
 */
final class ReadFactsSql {

    /** Its columns are named f_*, clear of every table's; its parameters are {@link #parameters}. */
    static final String FACTS = """
            select (select s.value from {h-schema}phoenix_kit_settings s where s.key = 'connections_enabled') as f_module,
                   exists (select 1 from {h-schema}phoenix_kit_users u where u.id = ?) as f_viewer_known,
                   exists (select 1 from {h-schema}phoenix_kit_users u where u.id = ?) as f_owner_known,
                   exists (select 1 from {h-schema}phoenix_kit_user_blocks b where b.blocker_id = ? and b.blocked_id = ?) as f_owner_blocks_viewer,
                   exists (select 1 from {h-schema}phoenix_kit_user_blocks b where b.blocker_id = ? and b.blocked_id = ?) as f_viewer_blocks_owner""";

    /** How many columns {@link #FACTS} adds, first in each row. */
    static final int COLUMNS = 5;

    private ReadFactsSql() {
    }

    /** The parameters of {@link #FACTS}, in order. */
    static List<Object> parameters(UserId viewer, UserId owner) {
        return List.of(viewer.value(), owner.value(), owner.value(), viewer.value(), viewer.value(), owner.value());
    }

    /** Declares the facts' columns, first, on a query whose SQL starts with them. */
    static void addScalars(NativeQuery<?> query) {
        query.addScalar("f_module", String.class)
                .addScalar("f_viewer_known", Boolean.class)
                .addScalar("f_owner_known", Boolean.class)
                .addScalar("f_owner_blocks_viewer", Boolean.class)
                .addScalar("f_viewer_blocks_owner", Boolean.class);
    }

    /**
     * The facts from the first {@link #COLUMNS} values of a row. The setting is read as every
     * reader of it reads the stored text: {@link Boolean#parseBoolean}, a missing row off.
     */
    static ReadFacts of(Object[] row) {
        return new ReadFacts(Boolean.parseBoolean((String) row[0]), (Boolean) row[1], (Boolean) row[2], new ListAudience((Boolean) row[3], (Boolean) row[4]));
    }
}
