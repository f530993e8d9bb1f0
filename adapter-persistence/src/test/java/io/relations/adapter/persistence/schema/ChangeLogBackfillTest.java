package io.relations.adapter.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.adapter.persistence.ConnectionPool;
import io.relations.adapter.persistence.mapper.HistoryEvents;
import io.relations.adapter.persistence.support.ChangeLogRows;
import io.relations.adapter.persistence.support.Sql;
import io.relations.adapter.persistence.testing.TestDatabases;
import io.relations.application.change.ChangeEvent;
import io.relations.application.change.ChangeEvents;
import io.relations.application.model.RecordedEvent;
import io.relations.domain.model.UserId;
import io.relations.embedded.postgres.ConnectionInfo;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * V4's backfill: a database that has history from before the change log gets it into the log
 * when it migrates, each row as {@link ChangeEvents} maps the event it records, in the order of
 * the history, the users' registrations first among the rows of one instant.
 */
class ChangeLogBackfillTest {

    private static final UserId ALICE = UserId.parse("01900000-0000-7000-8000-00000000000a");
    private static final UserId BOB = UserId.parse("01900000-0000-7000-8000-00000000000b");
    private static final UserId CAROL = UserId.parse("01900000-0000-7000-8000-00000000000c");
    private static final Instant START = Instant.parse("2026-01-01T10:00:00.000001Z");

    private static ConnectionPool pool;
    private static Sql sql;

    @BeforeAll
    static void database() {
        ConnectionInfo database = TestDatabases.emptyDatabase();
        pool = ConnectionPool.open(database.jdbcUrl(), database.user(), database.password(), 2);
        sql = new Sql(pool.dataSource());
    }

    @AfterAll
    static void close() {
        pool.close();
    }

    @Test
    void migrating_a_database_with_history_to_v4_logs_every_history_row_and_user_as_change_events_maps_them_in_history_order() {
        // given a database at V3 with users and history rows of every action
        Flyway.configure().dataSource(pool.dataSource()).locations(SchemaMigration.LOCATION).table(SchemaMigration.HISTORY_TABLE)
                .target("3").load().migrate();
        List<ChangeEvent> expected = new ArrayList<>();
        expected.add(user(ALICE, 0));
        expected.add(user(BOB, 0));
        expected.add(follow(ALICE, BOB, ALICE, "follow", 1));
        // carol registers at the instant of a follow: her registration comes first
        ChangeEvent bobFollowsAlice = follow(BOB, ALICE, BOB, "follow", 2);
        expected.add(user(CAROL, 2));
        expected.add(bobFollowsAlice);
        expected.add(follow(ALICE, BOB, ALICE, "unfollow", 3));
        expected.add(follow(BOB, ALICE, ALICE, "unfollow", 4));
        expected.add(connection(ALICE, BOB, ALICE, "requested", 5));
        expected.add(connection(ALICE, BOB, BOB, "accepted", 6));
        expected.add(connection(ALICE, BOB, BOB, "removed", 7));
        expected.add(connection(BOB, CAROL, CAROL, "requested", 8));
        expected.add(connection(BOB, CAROL, BOB, "rejected", 9));
        expected.add(block(ALICE, CAROL, "block", "spam, mostly", 10));
        expected.add(block(ALICE, CAROL, "unblock", null, 11));
        expected.add(block(CAROL, BOB, "block", null, 12));

        // when
        SchemaMigration.migrate(pool.dataSource());

        // then
        assertThat(new ChangeLogRows(sql).all()).containsExactlyElementsOf(ChangeLogRows.lines(expected));
    }

    /** Each helper writes one row as a V3 database holds it and answers the change the backfill must make of it. */
    private static ChangeEvent user(UserId user, int second) {
        sql.execute("insert into phoenix_kit_users (id, inserted_at, updated_at) values (?, ?, ?)", user.value(), at(second), at(second));
        return ChangeEvents.userRegistered(user.value(), user, user, START.plusSeconds(second));
    }

    private static ChangeEvent follow(UserId follower, UserId followed, UserId actor, String action, int second) {
        RecordedEvent recorded = new RecordedEvent(id(second),
                HistoryEvents.follow(follower.value(), followed.value(), actor.value(), action), START.plusSeconds(second));
        sql.execute("insert into phoenix_kit_user_follows_history (id, follower_id, followed_id, actor_id, action, inserted_at) values (?, ?, ?, ?, ?, ?)",
                recorded.id(), follower.value(), followed.value(), actor.value(), action, at(second));
        return ChangeEvents.of(recorded);
    }

    private static ChangeEvent connection(UserId lower, UserId higher, UserId actor, String action, int second) {
        RecordedEvent recorded = new RecordedEvent(id(second),
                HistoryEvents.connection(lower.value(), higher.value(), actor.value(), action), START.plusSeconds(second));
        sql.execute("insert into phoenix_kit_user_connections_history (id, user_a_id, user_b_id, actor_id, action, inserted_at) values (?, ?, ?, ?, ?, ?)",
                recorded.id(), lower.value(), higher.value(), actor.value(), action, at(second));
        return ChangeEvents.of(recorded);
    }

    private static ChangeEvent block(UserId blocker, UserId blocked, String action, String reason, int second) {
        RecordedEvent recorded = new RecordedEvent(id(second),
                HistoryEvents.block(blocker.value(), blocked.value(), action, reason), START.plusSeconds(second));
        sql.execute("""
                        insert into phoenix_kit_user_blocks_history (id, blocker_id, blocked_id, actor_id, action, reason, inserted_at)
                        values (?, ?, ?, ?, ?, ?, ?)""",
                recorded.id(), blocker.value(), blocked.value(), blocker.value(), action, reason, at(second));
        return ChangeEvents.of(recorded);
    }

    /** History ids that follow their time, as UUIDv7 ids do. */
    private static UUID id(int second) {
        return UUID.fromString("01900000-0000-7000-8000-0000000001%02d".formatted(second));
    }

    private static OffsetDateTime at(int second) {
        return START.plusSeconds(second).atOffset(ZoneOffset.UTC);
    }
}
