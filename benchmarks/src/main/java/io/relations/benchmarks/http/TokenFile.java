package io.relations.benchmarks.http;

import io.relations.adapter.rest.auth.TokenMinter;
import io.relations.benchmarks.BenchmarkTokens;
import io.relations.domain.model.UserId;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Writes "id token" lines for the users {@code benchmarks/pgbench/load-users.sql} loads (user n
 * is {@code md5(n::text)::uuid}, n = 1..users), so wrk's Lua script (which cannot sign a JWT)
 * sends the same users' follows as pgbench does. Tokens are HS256 with {@code RELATIONS_JWT_SECRET}.
 *
 * <p>Arguments: {@code users outputFile}.
 */
public final class TokenFile {

    private static final Duration TOKEN_LIFETIME = Duration.ofHours(2);

    private TokenFile() {
    }

    public static void main(String[] args) throws IOException {
        int users = Integer.parseInt(args[0]);
        Path output = Path.of(args[1]);
        TokenMinter tokens = BenchmarkTokens.minter(BenchmarkTokens.secretFromEnvironment());
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.US_ASCII))) {
            for (int n = 1; n <= users; n++) {
                UserId user = UserId.of(idOf(n));
                out.println(user + " " + tokens.mint(user, false, TOKEN_LIFETIME));
            }
        }
    }

    /** User n of {@code load-users.sql}: PostgreSQL's {@code md5(n::text)::uuid}. */
    static UUID idOf(int n) {
        try {
            return asUuid(MessageDigest.getInstance("MD5").digest(Integer.toString(n).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }

    /** What PostgreSQL's {@code md5(text)::uuid} gives: the 32 hex digits read as a uuid. */
    private static UUID asUuid(byte[] digest) {
        String hex = HexFormat.of().formatHex(digest);
        return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16)
                + "-" + hex.substring(16, 20) + "-" + hex.substring(20));
    }
}
