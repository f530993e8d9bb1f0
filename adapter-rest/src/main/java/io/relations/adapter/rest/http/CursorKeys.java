package io.relations.adapter.rest.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key ring of page cursors: the first key signs, every key verifies. Rotation is "put a new
 * key first, drop the old one once its cursors no longer matter" (a cursor lives as long as a
 * client keeps paging, minutes), so a rotation never breaks a list someone is reading. Each key
 * has a one-byte id, derived from the key itself so that it stays the same whatever its place in
 * the ring; the id only picks which keys to try, two keys sharing one are both tried.
 */
public final class CursorKeys {

    /** HMAC-SHA256 keys of fewer than 256 bits would be the weakest link. */
    public static final int MIN_KEY_BYTES = 32;
    /** A ring holds the current key and a few rotated ones; more would only lengthen every refusal. */
    public static final int MAX_KEYS = 8;
    static final String ALGORITHM = "HmacSHA256";

    private final List<Key> keys;

    private CursorKeys(List<Key> keys) {
        this.keys = List.copyOf(keys);
    }

    /** @param keys the current key first, then the rotated ones still accepted */
    public static CursorKeys of(List<byte[]> keys) {
        if (keys.isEmpty() || keys.size() > MAX_KEYS) {
            throw new IllegalArgumentException("a cursor key ring holds 1 to " + MAX_KEYS + " keys, got " + keys.size());
        }
        List<Key> ring = new ArrayList<>(keys.size());
        for (byte[] key : keys) {
            if (key.length < MIN_KEY_BYTES) {
                throw new IllegalArgumentException("a cursor key needs at least " + MIN_KEY_BYTES + " bytes, got " + key.length);
            }
            ring.add(new Key(idOf(key), new SecretKeySpec(key, ALGORITHM)));
        }
        return new CursorKeys(ring);
    }

    /** One new random key: for an API that runs alone and needs its cursors only while it runs (tests, embedding). */
    public static CursorKeys random() {
        byte[] key = new byte[MIN_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return of(List.of(key));
    }

    Key current() {
        return keys.get(0);
    }

    List<Key> withId(byte id) {
        return keys.stream().filter(key -> key.id() == id).toList();
    }

    @Override
    public String toString() {
        return "CursorKeys[" + keys.size() + " keys]";
    }

    private static byte idOf(byte[] key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key)[0];
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    record Key(byte id, SecretKeySpec secret) {
    }
}
