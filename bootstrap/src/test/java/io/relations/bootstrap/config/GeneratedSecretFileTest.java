package io.relations.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedSecretFileTest {

    @TempDir
    Path directory;

    @Test
    void the_secret_is_made_once_readable_by_the_owner_only_and_kept() throws Exception {
        Path file = directory.resolve("data/jwt-secret");

        byte[] first = GeneratedSecretFile.loadOrCreate(file);
        byte[] second = GeneratedSecretFile.loadOrCreate(file);

        assertThat(first).hasSize(32).isEqualTo(second);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void a_damaged_secret_file_is_reported_with_what_to_do() throws Exception {
        Path file = directory.resolve("jwt-secret");
        Files.writeString(file, "not base64 !!");

        assertThatThrownBy(() -> GeneratedSecretFile.loadOrCreate(file))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("delete it");
    }
}
