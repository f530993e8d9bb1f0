package io.relations.bootstrap.reliability;

import io.relations.application.change.ChangePosition;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/**
 * How long each consumer took to catch up after a fault: {@link #mark} notes the end of the log
 * when a fault ends, and a thread of its own reads the consumers' kept positions (every 100 ms)
 * until each marked consumer has passed its mark. Only a figure: the verdict is the log's.
 */
final class DrainWatch implements AutoCloseable {

    private static final Duration EVERY = Duration.ofMillis(100);
    private static final String POSITIONS = "select name, transaction_id::text, sequence_id from phoenix_kit_change_consumers";
    /** Ordered by the table's columns ({@code l.}): unqualified, the names would be the text columns of the select list. */
    private static final String END = "select l.transaction_id::text, l.sequence_id from phoenix_kit_change_log as l"
            + " order by l.transaction_id desc, l.sequence_id desc limit 1";

    private static final class Mark {
        final String fault;
        final String consumer;
        final ChangePosition end;
        final long since = System.nanoTime();
        volatile Duration drained;

        Mark(String fault, String consumer, ChangePosition end) {
            this.fault = fault;
            this.consumer = consumer;
            this.end = end;
        }
    }

    private final DataSource database;
    private final List<Mark> marks = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    DrainWatch(DataSource database) {
        this.database = database;
        this.thread = new Thread(this::watch, "drain-watch");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** From now on, times how long {@code consumer} takes to pass what the log holds now. */
    void mark(String fault, String consumer) {
        try {
            marks.add(new Mark(fault, consumer, end()));
        } catch (SQLException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /** "receiver failing → webhook:… 1.2 s", one per mark, in the order marked. */
    String figures() {
        List<String> lines = new ArrayList<>();
        for (Mark mark : marks) {
            String consumer = mark.consumer.substring(0, mark.consumer.indexOf(':'));
            lines.add(mark.drained == null ? mark.fault + " → " + consumer + " not caught up"
                    : String.format(Locale.ROOT, "%s → %s %.1f s", mark.fault, consumer, mark.drained.toMillis() / 1000.0));
        }
        return String.join(", ", lines);
    }

    private void watch() {
        while (running) {
            try {
                Map<String, ChangePosition> positions = positions();
                for (Mark mark : marks) {
                    ChangePosition at = positions.getOrDefault(mark.consumer, ChangePosition.START);
                    if (mark.drained == null && at.compareTo(mark.end) >= 0) {
                        mark.drained = Duration.ofNanos(System.nanoTime() - mark.since);
                    }
                }
            } catch (SQLException notNow) {
                // the next look will do
            }
            Pause.of(EVERY);
        }
    }

    private Map<String, ChangePosition> positions() throws SQLException {
        Map<String, ChangePosition> positions = new HashMap<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(POSITIONS)) {
            while (rows.next()) {
                positions.put(rows.getString(1), new ChangePosition(Long.parseLong(rows.getString(2)), rows.getLong(3)));
            }
        }
        return positions;
    }

    private ChangePosition end() throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(END)) {
            return rows.next() ? new ChangePosition(Long.parseLong(rows.getString(1)), rows.getLong(2)) : ChangePosition.START;
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(Duration.ofSeconds(5).toMillis());
    }
}
