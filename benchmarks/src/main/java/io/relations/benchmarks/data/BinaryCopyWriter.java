package io.relations.benchmarks.data;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * One {@code COPY ... FROM STDIN (FORMAT binary)}, written row by row as the rows are generated:
 * nothing is collected in memory, and PostgreSQL parses no text. The format is PostgreSQL's own
 * (the COPY page of its manual): a header, then per row the field count and each field as length
 * and big-endian bytes, then a trailer.
 */
final class BinaryCopyWriter implements AutoCloseable {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final int BUFFER_BYTES = 1 << 20;
    /** PostgreSQL counts timestamps in microseconds from 2000-01-01 00:00 UTC. */
    private static final long POSTGRES_EPOCH_SECONDS = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();

    private final PGCopyOutputStream copy;
    private final DataOutputStream out;
    private boolean ended;

    /** @param copySql {@code copy table (columns) from stdin (format binary)}, optionally with {@code freeze} */
    BinaryCopyWriter(Connection connection, String copySql) throws SQLException, IOException {
        this.copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), copySql, BUFFER_BYTES);
        this.out = new DataOutputStream(new BufferedOutputStream(copy, BUFFER_BYTES));
        out.write(SIGNATURE);
        out.writeInt(0);
        out.writeInt(0);
    }

    void startRow(int fields) throws IOException {
        out.writeShort(fields);
    }

    void uuid(long mostSignificantBits, long leastSignificantBits) throws IOException {
        out.writeInt(16);
        out.writeLong(mostSignificantBits);
        out.writeLong(leastSignificantBits);
    }

    void timestamp(long epochMicros) throws IOException {
        out.writeInt(8);
        out.writeLong(epochMicros - POSTGRES_EPOCH_SECONDS * 1_000_000L);
    }

    void smallint(short value) throws IOException {
        out.writeInt(2);
        out.writeShort(value);
    }

    void text(Optional<String> value) throws IOException {
        if (value.isEmpty()) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.get().getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** Writes the trailer and ends the COPY. @return the rows PostgreSQL took */
    long finish() throws IOException, SQLException {
        out.writeShort(-1);
        out.flush();
        ended = true;
        return copy.endCopy();
    }

    /** Without {@link #finish()} (an error on the way), cancels the COPY so its transaction can roll back. */
    @Override
    public void close() throws IOException, SQLException {
        if (!ended && copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
