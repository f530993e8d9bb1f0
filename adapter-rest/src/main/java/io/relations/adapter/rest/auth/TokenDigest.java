package io.relations.adapter.rest.auth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The SHA-256 digest of a token's text: how {@link VerifiedTokenCache} names a token, in 32 bytes
 * whatever the token's length, so that the cache's size in bytes does not depend on what clients send.
 */
record TokenDigest(long first, long second, long third, long fourth) {

    static TokenDigest of(String token) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
        ByteBuffer digest = ByteBuffer.wrap(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        return new TokenDigest(digest.getLong(), digest.getLong(), digest.getLong(), digest.getLong());
    }
}
