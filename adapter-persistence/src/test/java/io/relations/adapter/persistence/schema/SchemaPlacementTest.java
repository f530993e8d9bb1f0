package io.relations.adapter.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.adapter.persistence.RelationsPersistence;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.ds.PGSimpleDataSource;

class SchemaPlacementTest {

    private static final DataSource NEVER_CONNECTED = new PGSimpleDataSource();

    @ParameterizedTest(name = "\"{0}\" is refused as a schema or history table name")
    @ValueSource(strings = {"", "Relations", "1relations", "pg_relations", "relations; drop table accounts", "rel\"ations",
            "public.relations", "a_name_that_is_longer_than_the_sixty_three_bytes_postgresql_keeps_x"})
    void names_that_are_not_plain_lower_case_identifiers_are_refused_before_anything_is_sent(String name) {
        assertThatThrownBy(() -> RelationsPersistence.builder(NEVER_CONNECTED).schema(name))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schema");
        assertThatThrownBy(() -> RelationsPersistence.builder(NEVER_CONNECTED).historyTable(name))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("history table");
    }

    @Test
    void a_named_schema_qualifies_tables_and_native_statements_and_none_leaves_them_as_they_are() {
        SchemaPlacement named = new SchemaPlacement(Optional.of("relations"), "relations_schema_history");

        assertThat(named.qualified("relations_schema_history")).isEqualTo("relations.relations_schema_history");
        assertThat(named.nativeSql("select 1 from {h-schema}phoenix_kit_users")).isEqualTo("select 1 from relations.phoenix_kit_users");
        assertThat(SchemaPlacement.DEFAULT.qualified("flyway_schema_history")).isEqualTo("flyway_schema_history");
        assertThat(SchemaPlacement.DEFAULT.nativeSql("select 1 from {h-schema}phoenix_kit_users")).isEqualTo("select 1 from phoenix_kit_users");
    }
}
