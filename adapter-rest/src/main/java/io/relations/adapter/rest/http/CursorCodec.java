package io.relations.adapter.rest.http;

import io.relations.adapter.rest.problem.ProblemException;
import io.relations.application.model.PageCursor;
import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.zip.CRC32C;

/**
 * Page cursors as clients see them: opaque base64url text. Inside: a version byte, the time
 * (seconds, nanoseconds) and id of the last row seen, and a CRC-32C of all that. A cursor only
 * says where a list the caller may already read goes on, so it needs no secret; the checksum is
 * there so that a truncated or edited cursor is refused cleanly rather than read as another position.
 */
public final class CursorCodec {

    private static final byte VERSION = 1;
    private static final int PAYLOAD = 1 + Long.BYTES + Integer.BYTES + 2 * Long.BYTES;
    private static final int LENGTH = PAYLOAD + Integer.BYTES;
    private static final int MAX_TEXT = 64;

    private CursorCodec() {
    }

    public static String encode(PageCursor cursor) {
        ByteBuffer buffer = ByteBuffer.allocate(LENGTH)
                .put(VERSION)
                .putLong(cursor.at().getEpochSecond())
                .putInt(cursor.at().getNano())
                .putLong(cursor.id().getMostSignificantBits())
                .putLong(cursor.id().getLeastSignificantBits());
        buffer.putInt(checksum(buffer.array()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
    }

    /** @throws ProblemException invalid_request if the text is not a cursor this codec made */
    public static PageCursor decode(String text) {
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw invalid();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
        if (bytes.length != LENGTH) {
            throw invalid();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        if (buffer.get() != VERSION || buffer.getInt(PAYLOAD) != checksum(bytes)) {
            throw invalid();
        }
        long seconds = buffer.getLong();
        int nanos = buffer.getInt();
        UUID id = new UUID(buffer.getLong(), buffer.getLong());
        if (nanos < 0 || nanos > 999_999_999) {
            throw invalid();
        }
        try {
            return new PageCursor(Instant.ofEpochSecond(seconds, nanos), id);
        } catch (DateTimeException outOfRange) {
            throw invalid();
        }
    }

    private static int checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, PAYLOAD);
        return (int) crc.getValue();
    }

    private static ProblemException invalid() {
        return ProblemException.invalidRequest("The cursor is not valid; use a next_cursor exactly as a list answered it.");
    }
}
