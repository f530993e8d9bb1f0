package io.relations.benchmarks.http;

import io.relations.adapter.persistence.counter.CounterStripe;
import io.relations.domain.model.UserId;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Writes "n,id,stripe" lines (CSV for psql's {@code \copy}) for the users
 * {@code benchmarks/pgbench/load-users.sql} loads: user n is {@code md5(n::text)::uuid}, and its
 * stripe is the service's own {@link CounterStripe} of that id. The minimal SQL of
 * {@code benchmarks/least-sql} reads a user's stripe from this table instead of re-implementing the
 * hash in SQL, so its counter rows are the very rows the service would write.
 *
 * <p>Arguments: {@code users outputFile}.
 */
public final class UserStripeFile {

    private UserStripeFile() {
    }

    public static void main(String[] args) throws IOException {
        int users = Integer.parseInt(args[0]);
        Path output = Path.of(args[1]);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.US_ASCII))) {
            for (int n = 1; n <= users; n++) {
                UUID id = TokenFile.idOf(n);
                out.println(n + "," + id + "," + CounterStripe.of(UserId.of(id)));
            }
        }
    }
}
