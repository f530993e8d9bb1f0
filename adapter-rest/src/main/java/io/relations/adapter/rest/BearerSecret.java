package io.relations.adapter.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A bearer token the operator configured (the one {@code /metrics} asks for), checked in constant
 * time: both sides are hashed first, so neither the length of a guess nor how much of it matches
 * shows in the time the check takes. With no token configured, every request is admitted.
 */
final class BearerSecret {

    private static final String BEARER = "Bearer ";

    private final byte[] digest;

    private BearerSecret(byte[] digest) {
        this.digest = digest;
    }

    /** The empty text means no token: everyone is admitted. */
    static BearerSecret of(String token) {
        return new BearerSecret(token.isEmpty() ? new byte[0] : sha256(token));
    }

    boolean isSet() {
        return digest.length > 0;
    }

    /** Whether an {@code Authorization} header value (null when absent) carries the token. */
    boolean admits(String authorization) {
        if (!isSet()) {
            return true;
        }
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        return MessageDigest.isEqual(digest, sha256(authorization.substring(BEARER.length()).strip()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
