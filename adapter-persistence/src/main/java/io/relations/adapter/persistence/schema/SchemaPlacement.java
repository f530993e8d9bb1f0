package io.relations.adapter.persistence.schema;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the adapter's tables and its Flyway history live: a schema of their own, or (none named)
 * the schema the connection's {@code search_path} makes current, as the service always had it;
 * and the name of the history table, in that same schema.
 *
 * <p>Names are plain lower-case SQL identifiers, so they mean the same quoted or not, in
 * Flyway, in Hibernate's {@code {h-schema}} and in the rollback's statements.
 *
 * @param schema the schema, or empty for the connection's current one
 * @param historyTable the Flyway history table, in the same schema
 */
public record SchemaPlacement(Optional<String> schema, String historyTable) {

    // Before DEFAULT, which its constructor checks with it.
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** What the service uses: the current schema, Flyway's default table name. */
    public static final SchemaPlacement DEFAULT = new SchemaPlacement(Optional.empty(), SchemaMigration.HISTORY_TABLE);

    public SchemaPlacement {
        Objects.requireNonNull(schema, "schema");
        schema.ifPresent(name -> requireIdentifier("schema", name));
        requireIdentifier("history table", Objects.requireNonNull(historyTable, "historyTable"));
    }

    /** {@code table} in the schema: qualified when one is named, as it is for every statement of the adapter then. */
    public String qualified(String table) {
        return schema.map(name -> name + "." + table).orElse(table);
    }

    /**
     * A native statement of the adapter as Hibernate sends it here: its {@code {h-schema}}
     * placeholders replaced by the schema and a dot, or by nothing. For plain JDBC (the plan checks).
     */
    public String nativeSql(String sql) {
        return sql.replace("{h-schema}", schema.map(name -> name + ".").orElse(""));
    }

    /** For messages: the history table as PostgreSQL finds it. */
    @Override
    public String toString() {
        return "schema " + schema.orElse("(the current one)") + ", history table " + qualified(historyTable);
    }

    private static void requireIdentifier(String what, String name) {
        if (!IDENTIFIER.matcher(name).matches() || name.startsWith("pg_")) {
            throw new IllegalArgumentException("the " + what + " name must be a lower-case SQL identifier"
                    + " (a-z, 0-9, _; not starting with a digit or pg_; at most 63 characters): " + name);
        }
    }
}
