package io.relations.benchmarks.data;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The indexes and key constraints of the tables about to be bulk-loaded, dropped before the load
 * and rebuilt after it from the definitions PostgreSQL itself gave ({@code pg_get_indexdef},
 * {@code pg_get_constraintdef}): building an index once over sorted data is far cheaper than
 * inserting ten million entries one by one, and a foreign key checked once by a join is cheaper
 * than a lookup per row. The migration stays the only place the schema is written down.
 *
 * <p>Kept: a key that a foreign key depends on (the users' primary key, which the other tables
 * reference); the check and not-null constraints, which cost little per row.
 */
final class DeferredIndexes {

    /** One index or constraint: enough to drop it and to create it again exactly. */
    record Definition(Kind kind, String table, String name, String definition) {

        String dropSql() {
            return kind == Kind.INDEX ? "drop index " + name : "alter table " + table + " drop constraint " + name;
        }

        String createSql() {
            return kind == Kind.INDEX ? definition : "alter table " + table + " add constraint " + name + " " + definition;
        }
    }

    /** In the order they are created: keys first, plain indexes, then foreign keys, which need the keys. */
    enum Kind {
        KEY, INDEX, FOREIGN_KEY
    }

    private static final String CONSTRAINTS = """
            select c.contype = 'f' as is_foreign_key, c.conrelid::regclass::text, c.conname::text, pg_get_constraintdef(c.oid)
            from pg_constraint c
            where c.conrelid = any(?::regclass[]) and c.contype in ('p', 'u', 'f')
              and (c.contype = 'f' or not exists (
                  select 1 from pg_constraint referencing where referencing.contype = 'f' and referencing.conindid = c.conindid))""";

    // Indexes that belong to no key constraint: those are dropped and made with their constraint.
    private static final String PLAIN_INDEXES = """
            select i.indrelid::regclass::text, i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
            from pg_index i
            where i.indrelid = any(?::regclass[])
              and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid and c.contype in ('p', 'u', 'x'))""";

    private final List<String> tables;
    private final List<Definition> definitions;

    private DeferredIndexes(List<String> tables, List<Definition> definitions) {
        this.tables = tables;
        this.definitions = definitions;
    }

    /** Reads the definitions from the catalog; changes nothing. */
    static DeferredIndexes of(Connection connection, List<String> tables) throws SQLException {
        return new DeferredIndexes(List.copyOf(tables), read(connection, tables));
    }

    List<Definition> definitions() {
        return definitions;
    }

    /** Foreign keys first, so no key is dropped while something still depends on it. */
    void drop(Connection connection) throws SQLException {
        List<Definition> inDropOrder = new ArrayList<>(definitions);
        inDropOrder.sort(Comparator.comparing(Definition::kind).reversed());
        try (Statement statement = connection.createStatement()) {
            for (Definition definition : inDropOrder) {
                statement.execute(definition.dropSql());
            }
        }
    }

    /** Creates everything again, reporting each with how long it took. */
    void restore(Connection connection, PhaseClock clock) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (Definition definition : definitions) {
                clock.run("create " + definition.name(), () -> statement.execute(definition.createSql()));
            }
        }
    }

    /** @throws IllegalStateException unless the catalog now holds exactly the definitions read before the drop */
    void checkRestored(Connection connection) throws SQLException {
        List<Definition> now = read(connection, tables);
        if (!now.equals(definitions)) {
            throw new IllegalStateException("the indexes and constraints differ from before the load:\nbefore " + definitions + "\nafter  " + now);
        }
    }

    private static List<Definition> read(Connection connection, List<String> tables) throws SQLException {
        Array tableNames = connection.createArrayOf("text", tables.toArray());
        List<Definition> found = new ArrayList<>();
        try (PreparedStatement constraints = connection.prepareStatement(CONSTRAINTS);
             PreparedStatement indexes = connection.prepareStatement(PLAIN_INDEXES)) {
            constraints.setArray(1, tableNames);
            try (ResultSet rows = constraints.executeQuery()) {
                while (rows.next()) {
                    found.add(new Definition(rows.getBoolean(1) ? Kind.FOREIGN_KEY : Kind.KEY, rows.getString(2), rows.getString(3), rows.getString(4)));
                }
            }
            indexes.setArray(1, tableNames);
            try (ResultSet rows = indexes.executeQuery()) {
                while (rows.next()) {
                    found.add(new Definition(Kind.INDEX, rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
        }
        found.sort(Comparator.comparing(Definition::kind).thenComparing(Definition::table).thenComparing(Definition::name));
        return List.copyOf(found);
    }
}
