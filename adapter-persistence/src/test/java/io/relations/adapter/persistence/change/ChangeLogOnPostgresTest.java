package io.relations.adapter.persistence.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relations.adapter.persistence.support.RelationsOnPostgres;
import io.relations.application.change.ChangeBacklog;
import io.relations.application.change.ChangePage;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.ConsumerName;
import io.relations.application.change.LoggedChange;
import io.relations.application.change.PrivacyClass;
import io.relations.application.model.Denial;
import io.relations.application.model.Outcome;
import io.relations.application.port.out.ChangeLog;
import io.relations.application.port.out.ConsumerClaim;
import io.relations.application.port.out.ConsumerPositions;
import io.relations.application.service.ChangeFeedService;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The log's reader, its retention and the consumers' positions on PostgreSQL, on rows written
 * straight into the table (the storage's writers are tested where they write). Every test reads
 * from the log's latest position on, so the tests of the class share one database.
 */
class ChangeLogOnPostgresTest {

    private static RelationsOnPostgres relations;
    private static ChangeLog log;
    private static ConsumerPositions positions;

    @BeforeAll
    static void database() {
        relations = RelationsOnPostgres.start(6);
        log = relations.persistence().changeLog();
        positions = relations.persistence().consumerPositions();
    }

    @AfterAll
    static void close() {
        relations.close();
    }

    @Test
    void reading_after_a_position_pages_through_the_changes_of_the_classes_asked_for_in_log_order() throws SQLException {
        ChangePosition start = settledLatest();
        List<UUID> publicOnes = new ArrayList<>();
        List<UUID> all = new ArrayList<>();
        try (Connection connection = relations.dataSource().getConnection()) {
            for (int i = 0; i < 5; i++) {
                UUID open = ChangeRowWriter.insert(connection, "public", Instant.now());
                publicOnes.add(open);
                all.add(open);
                all.add(ChangeRowWriter.insert(connection, "parties", Instant.now()));
                all.add(ChangeRowWriter.insert(connection, "private", Instant.now()));
            }
        }

        awaitReadable();
        List<UUID> read = new ArrayList<>();
        ChangePosition after = start;
        for (int pages = 0; pages < 10; pages++) {
            List<LoggedChange> page = log.readAfter(after, 2, EnumSet.of(PrivacyClass.PUBLIC));
            if (page.isEmpty()) {
                break;
            }
            page.forEach(change -> read.add(change.event().id()));
            after = page.get(page.size() - 1).position();
        }

        assertThat(read).containsExactlyElementsOf(publicOnes);
        assertThat(log.readAfter(start, 1_000, EnumSet.allOf(PrivacyClass.class))).extracting(change -> change.event().id())
                .containsExactlyElementsOf(all);
        assertThat(log.readAfter(start, 1_000, EnumSet.noneOf(PrivacyClass.class))).isEmpty();
        assertThat(log.latest()).isEqualTo(after.isAfter(start) ? log.readAfter(start, 1_000, EnumSet.allOf(PrivacyClass.class))
                .get(all.size() - 1).position() : start);
        assertThatThrownBy(() -> log.readAfter(start, 1_001, PrivacyClass.defaults())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_change_reads_back_as_it_was_written() throws SQLException {
        ChangePosition start = settledLatest();
        Instant at = Instant.parse("2026-03-04T05:06:07.123456Z");
        UUID id;
        try (Connection connection = relations.dataSource().getConnection()) {
            id = ChangeRowWriter.insert(connection, "public", at);
        }

        awaitReadable();
        LoggedChange read = log.readAfter(start, 10, PrivacyClass.defaults()).get(0);

        assertThat(read.position().isAfter(start)).isTrue();
        assertThat(read.event().id()).isEqualTo(id);
        assertThat(read.event().type().code()).isEqualTo("user.registered");
        assertThat(read.event().subject().key()).isEqualTo("user:" + id);
        assertThat(read.event().actor().value()).isEqualTo(id);
        assertThat(read.event().occurredAt()).isEqualTo(at);
        assertThat(read.event().data()).containsExactly(java.util.Map.entry("user", id.toString()));
    }

    /**
     * The log's latest position once every change committed so far is readable: a log read only
     * below the oldest transaction in flight lags every commit by as long as an unrelated
     * transaction of the server is open (an autovacuum's analyze is one), so a test that took its
     * start, or read its own commits, at once could find earlier changes still to come.
     */
    private static ChangePosition settledLatest() {
        awaitReadable();
        return log.latest();
    }

    private static void awaitReadable() {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (relations.sql().count("select count(*) from phoenix_kit_change_log"
                + " where transaction_id >= pg_snapshot_xmin(pg_current_snapshot())") > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("committed changes stayed unreadable for 10 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void a_subject_of_each_kind_reads_back_as_its_key() {
        for (String key : List.of("pair:01900000-0000-7000-8000-000000000001:01900000-0000-7000-8000-000000000002",
                "user:01900000-0000-7000-8000-000000000003", "setting:connections_enabled")) {
            assertThat(ChangeRows.subject(key).key()).isEqualTo(key);
        }
        assertThatThrownBy(() -> ChangeRows.subject("group:x")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_change_of_a_transaction_still_in_flight_is_not_read_nor_anything_committed_after_it() throws SQLException {
        ChangePosition start = settledLatest();
        try (Connection held = relations.dataSource().getConnection(); Connection other = relations.dataSource().getConnection()) {
            held.setAutoCommit(false);
            UUID first = ChangeRowWriter.insert(held);
            UUID later = ChangeRowWriter.insert(other);

            assertThat(log.readAfter(start, 10, PrivacyClass.defaults())).isEmpty();
            assertThat(log.latest()).isEqualTo(start);
            assertThat(log.backlogAfter(start, 10)).isEqualTo(ChangeBacklog.none());

            held.commit();
            awaitReadable();
            assertThat(log.readAfter(start, 10, PrivacyClass.defaults())).extracting(change -> change.event().id())
                    .containsExactly(first, later);
        }
    }

    @Test
    void the_backlog_counts_up_to_its_cap_and_dates_the_oldest_waiting() throws SQLException {
        ChangePosition start = settledLatest();
        Instant oldest = Instant.parse("2026-02-01T00:00:00Z");
        try (Connection connection = relations.dataSource().getConnection()) {
            ChangeRowWriter.insert(connection, "public", oldest);
            ChangeRowWriter.insert(connection, "private", oldest.plusSeconds(60));
            ChangeRowWriter.insert(connection, "parties", oldest.plusSeconds(120));
        }

        awaitReadable();
        assertThat(log.backlogAfter(start, 100)).isEqualTo(new ChangeBacklog(3, Optional.of(oldest)));
        assertThat(log.backlogAfter(start, 2).changes()).isEqualTo(2);
        assertThat(log.backlogAfter(log.latest(), 100)).isEqualTo(ChangeBacklog.none());
    }

    @Test
    void retention_removes_the_oldest_changes_up_to_a_position_and_a_reader_after_a_removed_one_is_told_its_position_expired()
            throws SQLException {
        ChangePosition start = settledLatest();
        Instant longAgo = Instant.parse("2020-01-01T00:00:00Z");
        try (Connection connection = relations.dataSource().getConnection()) {
            for (int i = 0; i < 4; i++) {
                ChangeRowWriter.insert(connection, "public", longAgo.plusSeconds(i));
            }
            ChangeRowWriter.insert(connection, "public", Instant.now());
        }
        awaitReadable();
        List<LoggedChange> written = log.readAfter(start, 10, PrivacyClass.defaults());
        ChangeFeedService feed = new ChangeFeedService(log);

        // when: at most 2 per call, and never past the third
        int first = log.removeOlderThan(longAgo.plusSeconds(3600), written.get(2).position(), 2);
        int second = log.removeOlderThan(longAgo.plusSeconds(3600), written.get(2).position(), 2);
        int third = log.removeOlderThan(longAgo.plusSeconds(3600), written.get(2).position(), 2);

        assertThat(List.of(first, second, third)).containsExactly(2, 1, 0);
        assertThat(log.removedThrough()).contains(written.get(2).position());
        Outcome<ChangePage> expired = feed.readChanges(written.get(1).position(), 10, PrivacyClass.defaults());
        assertThat(expired.denial()).contains(Denial.POSITION_EXPIRED);
        assertThat(feed.readChanges(written.get(2).position(), 10, PrivacyClass.defaults()).value().orElseThrow().items())
                .extracting(change -> change.event().id())
                .containsExactly(written.get(3).event().id(), written.get(4).event().id());

        // and: removal stops at the first change not old enough, even when older ones follow it
        int fourth = log.removeOlderThan(longAgo.plusSeconds(3600), log.latest(), 100);
        assertThat(fourth).isEqualTo(1);
        assertThat(log.removedThrough()).contains(written.get(3).position());
    }

    @Test
    void a_latest_position_after_retention_emptied_the_log_is_not_expired() {
        ChangePosition latest = log.latest();

        assertThat(new ChangeFeedService(log).readChanges(latest, 10, PrivacyClass.defaults()).denial()).isEmpty();
    }

    @Test
    void reading_after_a_position_walks_the_order_index_and_never_sorts() throws SQLException {
        try (Connection connection = relations.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    insert into phoenix_kit_change_log (id, type, type_version, privacy, subject, actor_id, occurred_at, data)
                    select gen_random_uuid(), 'user.registered', 1, (array['public', 'parties', 'private'])[1 + n % 3],
                           'user:' || u, u, now(), jsonb_build_object('user', u::text)
                    from generate_series(1, 20000) as n, lateral (select gen_random_uuid() as u) as g""");
            statement.execute("analyze phoenix_kit_change_log");
            statement.execute("set plan_cache_mode = force_generic_plan");
            String numbered = PostgresChangeLog.READ_AFTER.replace("{h-schema}", "")
                    .replace(":after_transaction", "$1").replace(":after_sequence", "$2")
                    .replace(":classes", "$3, $4").replace(":limit", "$5");
            statement.execute("prepare read_after (text, bigint, text, text, int) as " + numbered);
            List<String> plan = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("explain execute read_after('0', 0, 'public', 'parties', 100)")) {
                while (rows.next()) {
                    plan.add(rows.getString(1));
                }
            }
            System.out.printf("change log read, generic plan:%n%s%n", String.join("\n", plan));

            // The subplans that spell each row's data out come after the scan; the scan itself must not sort.
            List<String> scan = plan.stream().takeWhile(line -> !line.contains("SubPlan")).toList();
            assertThat(scan).anyMatch(line -> line.contains("Index Scan using phoenix_kit_change_log_order_idx"));
            assertThat(scan).noneMatch(line -> line.contains("Sort") || line.contains("Seq Scan"));
        }
    }

    @Test
    void a_consumer_is_claimed_by_one_claimer_at_a_time_and_keeps_its_position_after_the_claim() {
        ConsumerName consumer = new ConsumerName("test:exclusive");
        ChangePosition startAt = new ChangePosition(5, 6);
        ChangePosition delivered = new ChangePosition(7, 8);

        try (ConsumerClaim claim = positions.tryClaim(consumer, startAt).orElseThrow()) {
            assertThat(claim.position()).isEqualTo(startAt);
            assertThat(positions.tryClaim(consumer, ChangePosition.START)).isEmpty();
            claim.advance(delivered);
            assertThatThrownBy(() -> claim.advance(startAt)).isInstanceOf(IllegalArgumentException.class);
        }

        assertThat(positions.positions()).containsEntry(consumer, delivered);
        try (ConsumerClaim again = positions.tryClaim(consumer, ChangePosition.START).orElseThrow()) {
            assertThat(again.position()).isEqualTo(delivered);
        }
    }

    @Test
    void a_claim_holds_its_connection_idle_with_no_transaction_open() throws SQLException {
        ConsumerName consumer = new ConsumerName("test:idle");
        try (ConsumerClaim claim = positions.tryClaim(consumer, ChangePosition.START).orElseThrow()) {
            claim.advance(new ChangePosition(1, 1));

            List<String> holders = relations.sql().rows("""
                    select a.state || ' ' || coalesce(a.backend_xid::text, 'no-xid') from pg_locks l
                    join pg_stat_activity a on a.pid = l.pid
                    where l.locktype = 'advisory' and l.objsubid = 2 and l.granted and a.datname = current_database()""");
            assertThat(holders).containsExactly("idle no-xid");
        }
        assertThat(relations.sql().count("select count(*) from pg_locks where locktype = 'advisory' and database = "
                + "(select oid from pg_database where datname = current_database())")).isZero();
    }

    @Test
    void a_reset_waits_for_the_claim_to_close_and_a_forgotten_consumer_has_no_position() throws Exception {
        ConsumerName consumer = new ConsumerName("test:reset");
        ChangePosition replayFrom = new ChangePosition(2, 3);
        CompletableFuture<Void> reset;
        try (ConsumerClaim claim = positions.tryClaim(consumer, new ChangePosition(9, 9)).orElseThrow()) {
            reset = CompletableFuture.runAsync(() -> positions.reset(consumer, replayFrom));
            Thread.sleep(Duration.ofMillis(200).toMillis());
            assertThat(reset).as("the reset, while the claim is open").isNotDone();
        }
        reset.get(10, TimeUnit.SECONDS);
        assertThat(positions.positions()).containsEntry(consumer, replayFrom);

        positions.forget(consumer);

        assertThat(positions.positions()).doesNotContainKey(consumer);
    }
}
