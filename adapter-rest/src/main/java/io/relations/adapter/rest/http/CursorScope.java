package io.relations.adapter.rest.http;

import io.relations.domain.model.UserId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The list a cursor belongs to, as the request names it: which list (with its direction or history
 * kind), whose, and who reads it. Never sent inside the cursor, only signed with it: a cursor
 * handed to another list, owner or viewer fails its signature, so a cursor is usable only where
 * it was answered.
 *
 * @param list the list's name, e.g. {@code followers} or {@code history/blocks}
 */
public record CursorScope(String list, UserId viewer, UserId owner) {

    public CursorScope {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(owner, "owner");
    }

    /** A list of the viewer's own, under {@code /me}. */
    public static CursorScope own(String list, UserId viewer) {
        return new CursorScope(list, viewer, viewer);
    }

    /** Length-prefixed, so that no two scopes give the same bytes. */
    byte[] bytes() {
        byte[] name = list.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(Integer.BYTES + name.length + 4 * Long.BYTES)
                .putInt(name.length)
                .put(name)
                .putLong(viewer.value().getMostSignificantBits())
                .putLong(viewer.value().getLeastSignificantBits())
                .putLong(owner.value().getMostSignificantBits())
                .putLong(owner.value().getLeastSignificantBits())
                .array();
    }
}
