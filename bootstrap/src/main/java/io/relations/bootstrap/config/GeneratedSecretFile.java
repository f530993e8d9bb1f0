package io.relations.bootstrap.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A zero-setup secret: 256 random bits made on the first start and kept, readable by the owner
 * only, so what it signs stays valid across restarts: the token secret (tokens minted with
 * {@code relations.jar token}) and the cursor key (cursors a client holds).
 */
public final class GeneratedSecretFile {

    private static final int SECRET_BYTES = 32;

    private GeneratedSecretFile() {
    }

    public static byte[] loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] secret = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (secret.length < SECRET_BYTES) {
                throw new ConfigurationException("the secret in " + file + " is shorter than 256 bits: delete it to make a new one");
            }
            return secret;
        } catch (IllegalArgumentException notBase64) {
            throw new ConfigurationException("the secret in " + file + " is not base64: delete it to make a new one");
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read or write the secret " + file, failure);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] secret = new byte[SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        Path draft = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(draft, Base64.getEncoder().encodeToString(secret) + "\n", StandardCharsets.US_ASCII);
        try {
            // Two processes starting at once must agree on one secret: the first move wins.
            Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException lostTheRace) {
            Files.deleteIfExists(draft);
        }
    }
}
