package io.relations.adapter.persistence.readme;

import io.relations.adapter.persistence.schema.SchemaMigration;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.persistence.LockNamespace;
import io.relations.adapter.persistence.RelationsPersistence;
import io.relations.adapter.persistence.schema.SchemaMigration;
import io.relations.adapter.persistence.support.Sql;
import io.relations.adapter.persistence.testing.HostAppDatabase;
import io.relations.application.model.Outcome;
import io.relations.application.model.RelationshipChange;
import io.relations.application.service.AdministrationService;
import io.relations.application.service.RelationshipCommandService;
import io.relations.domain.model.UserId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The example of the README's "The persistence adapter in your own app", verbatim, run against a
 * database that already holds another application's tables and Flyway history, and proof that
 * the README shows exactly this.
 */
class PersistenceReadmeExampleTest {

    @Test
    void the_readme_example_embeds_relations_in_a_schema_of_its_own() {
        try (HostAppDatabase host = HostAppDatabase.create()) {
            Sql sql = new Sql(host.dataSource());
            List<String> hostHistory = sql.rows("select installed_rank, version, checksum from public.flyway_schema_history order by 1");
            DataSource applicationDataSource = host.dataSource();

            // README example: start
            try (RelationsPersistence relations = RelationsPersistence.builder(applicationDataSource)
                    .schema("relations")                          // created by the migration
                    .historyTable("relations_schema_history")     // in that schema, beside the tables
                    .lockNamespace(new LockNamespace(0x52454c42)) // keep your own advisory locks out of it
                    .build()) {
                AdministrationService users = new AdministrationService(relations.users(), relations.moduleSwitch());
                RelationshipCommandService commands = new RelationshipCommandService(
                        relations.pairTransactions(), relations.moduleSwitch(), relations.idGenerator(), Clock.systemUTC());

                UserId admin = UserId.parse("0190a5b4-0000-7000-8000-0000000000ad");
                UserId alice = UserId.parse("0190a5b4-0000-7000-8000-000000000001");
                UserId bob = UserId.parse("0190a5b4-0000-7000-8000-000000000002");
                users.registerUser(alice, admin);
                users.registerUser(bob, admin);

                Outcome<RelationshipChange> follow = commands.follow(alice, bob);
                // a success: alice now follows bob, in relations.phoenix_kit_user_follows
            }
            // README example: end

            assertThat(sql.rows("select follower_id || ' -> ' || followed_id from relations.phoenix_kit_user_follows"))
                    .containsExactly("0190a5b4-0000-7000-8000-000000000001 -> 0190a5b4-0000-7000-8000-000000000002");
            assertThat(sql.rows("select count(*) from relations.relations_schema_history where success and type = 'SQL'"))
                    .containsExactly(String.valueOf(SchemaMigration.VERSIONS.size()));
            assertThat(sql.rows("select installed_rank, version, checksum from public.flyway_schema_history order by 1"))
                    .isEqualTo(hostHistory);
            assertThat(sql.rows("select name from public.accounts")).containsExactly("host account");
        }
    }

    @Test
    void the_readme_shows_exactly_this_example() throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("relations.readme", "../README.md")));
        String source = Files.readString(Path.of("src/test/java/io/relations/adapter/persistence/readme/PersistenceReadmeExampleTest.java"));

        assertThat(readme).contains(example(source));
    }

    /** The lines between the markers, without the indentation they have here. */
    private static String example(String source) {
        String between = source.substring(
                source.indexOf('\n', source.indexOf("// README example: start")) + 1,
                source.indexOf("            // README example: end"));
        return between.lines().map(line -> line.length() >= 12 ? line.substring(12) : line.strip()).collect(Collectors.joining("\n"));
    }
}
