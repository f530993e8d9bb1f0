package io.relations.adapter.rest.http;

import io.relations.adapter.rest.problem.ProblemException;
import io.relations.application.model.PageCursor;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.Mac;

/**
 * Page cursors as clients see them: opaque, unpadded base64url text of exactly one spelling.
 * Inside: a version byte, the signing key's id, the time (seconds, nanoseconds) and id of the last
 * row seen, and an HMAC-SHA256 tag, truncated to 128 bits, over all that and the list's
 * {@link CursorScope}. Only the service can make a cursor, and only for the list it answers: a
 * decoded cursor is one this service signed for this very list, and its time is still checked to
 * lie between {@link #EARLIEST} and a day ahead of now, so nothing a client sends reaches a query
 * as a position the store cannot take.
 */
public final class CursorCodec {

    /** UUIDv7's epoch, the Unix one: no row of the service is older. */
    public static final Instant EARLIEST = Instant.EPOCH;
    /** Room for clocks of several instances that disagree; a row is never further ahead than that. */
    public static final Duration FUTURE_MARGIN = Duration.ofDays(1);

    static final byte VERSION = 2;
    /** 128 bits: a forger must guess 2^128 tags, one request each; the full 256 would only lengthen URLs. */
    static final int TAG_BYTES = 16;
    private static final int SIGNED = 1 + 1 + Long.BYTES + Integer.BYTES + 2 * Long.BYTES;
    static final int LENGTH = SIGNED + TAG_BYTES;
    /** Unpadded base64url of {@link #LENGTH} bytes. */
    static final int TEXT_LENGTH = (LENGTH * 8 + 5) / 6;
    private static final Pattern TEXT = Pattern.compile("[A-Za-z0-9_-]{" + TEXT_LENGTH + "}");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final CursorKeys keys;
    private final Clock clock;

    public CursorCodec(CursorKeys keys, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The cursor of {@code position} in the list of {@code scope}, signed with the current key. */
    public String encode(CursorScope scope, PageCursor position) {
        return signed(scope, position.at().getEpochSecond(), position.at().getNano(), position.id());
    }

    /** Any position, even one no {@link PageCursor} could hold: for tests of what {@link #decode} refuses. */
    String signed(CursorScope scope, long seconds, int nanos, UUID id) {
        CursorKeys.Key key = keys.current();
        ByteBuffer buffer = ByteBuffer.allocate(LENGTH)
                .put(VERSION)
                .put(key.id())
                .putLong(seconds)
                .putInt(nanos)
                .putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits());
        buffer.put(tag(key, buffer.array(), scope));
        return ENCODER.encodeToString(buffer.array());
    }

    /** @throws ProblemException invalid_request unless the text is a cursor this service made for {@code scope}, in range */
    public PageCursor decode(CursorScope scope, String text) {
        if (!TEXT.matcher(text).matches()) {
            throw invalid();
        }
        byte[] bytes = Base64.getUrlDecoder().decode(text);
        // The last character carries 4 bits that no byte uses: only one spelling is a cursor.
        if (!ENCODER.encodeToString(bytes).equals(text) || bytes[0] != VERSION || !signedByAKeyOfTheRing(bytes, scope)) {
            throw invalid();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 2, SIGNED - 2);
        long seconds = buffer.getLong();
        int nanos = buffer.getInt();
        UUID id = new UUID(buffer.getLong(), buffer.getLong());
        if (nanos < 0 || nanos > 999_999_999
                || seconds < EARLIEST.getEpochSecond() || seconds > clock.instant().plus(FUTURE_MARGIN).getEpochSecond()) {
            throw invalid();
        }
        return new PageCursor(Instant.ofEpochSecond(seconds, nanos), id);
    }

    private boolean signedByAKeyOfTheRing(byte[] bytes, CursorScope scope) {
        byte[] sent = Arrays.copyOfRange(bytes, SIGNED, LENGTH);
        for (CursorKeys.Key key : keys.withId(bytes[1])) {
            if (MessageDigest.isEqual(tag(key, bytes, scope), sent)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] tag(CursorKeys.Key key, byte[] cursor, CursorScope scope) {
        try {
            Mac mac = Mac.getInstance(CursorKeys.ALGORITHM);
            mac.init(key.secret());
            mac.update(cursor, 0, SIGNED);
            mac.update(scope.bytes());
            return Arrays.copyOf(mac.doFinal(), TAG_BYTES);
        } catch (GeneralSecurityException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    private static ProblemException invalid() {
        return ProblemException.invalidRequest("The cursor is not valid; use a next_cursor exactly as this list answered it.");
    }
}
