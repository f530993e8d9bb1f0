package io.relations.benchmarks.data;

import io.relations.adapter.persistence.read.KeysetQuery;
import io.relations.application.model.PageCursor;
import io.relations.application.model.PageRequest;
import io.relations.adapter.persistence.read.PairRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code EXPLAIN (ANALYZE, BUFFERS)} of every list query the service runs ({@link KeysetQuery},
 * the very SQL, first page and after a cursor) for a heavy owner, and of the batch lookup's
 * follow query and the counter sum. A list query passes when its plan has no sort node and no
 * sequential scan: then a page costs the same wherever it is in the list, whatever its length.
 */
final class ListPlanCheck {

    /**
     * One explained query and its verdict.
     *
     * @param indexRows the rows all index scans of the plan returned: what the query read, which for
     *                  a flat query stays near the page size (or the number of ids asked) on any data set
     */
    record Verdict(String query, boolean passed, String scans, long indexRows, double executionMillis, List<String> plan) {
    }

    private static final Pattern SEQ_SCAN_TABLE = Pattern.compile("Seq Scan on (\\w+)");
    private static final Pattern SCAN_NODE = Pattern.compile("^\\s*(->\\s*)?(.*Scan.*?) on .*");
    private static final Pattern ACTUAL_ROWS = Pattern.compile("actual time=[0-9.]+\\.\\.[0-9.]+ rows=(\\d+) loops=(\\d+)");
    private static final Pattern EXECUTION_TIME = Pattern.compile("Execution Time: ([0-9.]+) ms");

    private static final String STATS = """
            select coalesce(sum(followers), 0)::bigint, coalesce(sum(following), 0)::bigint, coalesce(sum(connections), 0)::bigint
            from phoenix_kit_user_stats_stripes where user_id = ?""";

    private static final int SMALL_TABLE_ROWS = 100_000;

    private final Connection connection;

    ListPlanCheck(Connection connection) {
        this.connection = connection;
    }

    /** Every list query for its heaviest owner, both pages; then the lookup and the counter sum. */
    List<Verdict> check(Subjects subjects) throws SQLException {
        List<Verdict> verdicts = new ArrayList<>();
        for (KeysetQuery query : KeysetQuery.values()) {
            UUID owner = query == KeysetQuery.FOLLOWING ? subjects.mostFollowing().user() : subjects.mostFollowed().user();
            PageCursor cursor = query == KeysetQuery.FOLLOWING ? subjects.deepFollowing() : subjects.deepFollowers();
            verdicts.add(list(query, owner, PageRequest.first(PageRequest.DEFAULT_LIMIT)));
            verdicts.add(list(query, owner, PageRequest.after(cursor, PageRequest.DEFAULT_LIMIT)));
        }
        verdicts.add(lookup(subjects.caller().user(), subjects.lookup().all()));
        verdicts.add(explain("stats of the celebrity", STATS, List.of(subjects.celebrity().user())));
        return verdicts;
    }

    private Verdict list(KeysetQuery query, UUID owner, PageRequest page) throws SQLException {
        String name = query.name() + (page.after().isPresent() ? " after a cursor" : " first page");
        return explain(name, query.sql(page), query.parameters(owner, page));
    }

    /** The service's own batch-lookup statement: the module, the users and every kind of row of each pair. */
    private Verdict lookup(UUID caller, List<UUID> others) throws SQLException {
        return explain("batch lookup of " + others.size() + " ids", PairRows.withLiterals(false, caller, others), List.of());
    }

    /**
     * On an empty or small table PostgreSQL rightly reads the whole table instead of probing an
     * index (the 10k set's follows fit in about a hundred pages, fewer than 200 probes read), which
     * says nothing about the plan on a full one; there the plan is taken again with sequential scans
     * priced out, and the verdict says so.
     */
    private Verdict explain(String name, String sql, List<Object> parameters) throws SQLException {
        List<String> plan = plan(sql, parameters, false);
        List<String> smallTables = plan.stream().map(SEQ_SCAN_TABLE::matcher).filter(Matcher::find)
                .map(scan -> scan.group(1)).distinct().filter(this::isSmall).toList();
        if (!smallTables.isEmpty()) {
            plan = plan(sql, parameters, true);
            name += " (small table " + String.join(", ", smallTables) + ": enable_seqscan off)";
        }
        List<String> nodes = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            String line = plan.get(i).strip();
            if (i == 0 || line.startsWith("->")) {
                nodes.add(line.replaceFirst("^->\\s*", ""));
            }
        }
        boolean sorts = nodes.stream().anyMatch(node -> node.startsWith("Sort") || node.startsWith("Incremental Sort"));
        boolean scansSequentially = nodes.stream().anyMatch(node -> node.startsWith("Seq Scan") || node.startsWith("Parallel Seq Scan"));
        String scans = nodes.stream().map(SCAN_NODE::matcher).filter(Matcher::matches)
                .map(scan -> scan.group(2).strip()).distinct().collect(Collectors.joining("; "));
        long indexRows = nodes.stream().filter(node -> node.contains("Index Scan") || node.contains("Index Only Scan"))
                .map(ACTUAL_ROWS::matcher).filter(Matcher::find)
                .mapToLong(rows -> Long.parseLong(rows.group(1)) * Long.parseLong(rows.group(2))).sum();
        double millis = plan.stream().map(EXECUTION_TIME::matcher).filter(Matcher::find)
                .mapToDouble(time -> Double.parseDouble(time.group(1))).findFirst().orElse(Double.NaN);
        return new Verdict(name, !sorts && !scansSequentially, scans, indexRows, millis, plan);
    }

    private List<String> plan(String sql, List<Object> parameters, boolean withoutSeqScan) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement settings = connection.createStatement();
             PreparedStatement explain = connection.prepareStatement("explain (analyze, buffers) " + sql)) {
            if (withoutSeqScan) {
                settings.execute("set local enable_seqscan = off");
            }
            for (int i = 0; i < parameters.size(); i++) {
                explain.setObject(i + 1, jdbcValue(parameters.get(i)));
            }
            List<String> plan = new ArrayList<>();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.add(rows.getString(1));
                }
            }
            return plan;
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Fewer than {@value #SMALL_TABLE_ROWS} rows. */
    private boolean isSmall(String table) {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select count(*) < " + SMALL_TABLE_ROWS + " from (select 1 from " + table
                     + " limit " + SMALL_TABLE_ROWS + ") as sample")) {
            row.next();
            return row.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell whether " + table + " is small", e);
        }
    }

    /** Instants as timestamptz: the JDBC driver has no mapping for Instant. */
    private static Object jdbcValue(Object parameter) {
        if (parameter instanceof Instant instant) {
            return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        return parameter;
    }
}
