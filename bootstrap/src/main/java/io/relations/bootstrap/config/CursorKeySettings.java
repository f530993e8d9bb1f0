package io.relations.bootstrap.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Which keys sign page cursors: given by the operator (current first), or generated once and kept in a file. */
public sealed interface CursorKeySettings {

    /** The key ring, current key first; the generated key is read, or made and kept, on first call. */
    List<byte[]> keys();

    /** {@code RELATIONS_CURSOR_KEYS}: the current key first, then rotated ones still accepted. */
    record Given(List<byte[]> keys) implements CursorKeySettings {
        public Given {
            keys = keys.stream().map(byte[]::clone).toList();
        }

        @Override
        public List<byte[]> keys() {
            return keys.stream().map(byte[]::clone).toList();
        }

        @Override
        public String toString() {
            return "Given[" + keys.size() + " keys, ***]";
        }
    }

    /** The zero-setup default: one key generated on the first start and kept in this file. */
    record Generated(Path file) implements CursorKeySettings {
        public Generated {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public List<byte[]> keys() {
            return List.of(GeneratedSecretFile.loadOrCreate(file));
        }
    }
}
