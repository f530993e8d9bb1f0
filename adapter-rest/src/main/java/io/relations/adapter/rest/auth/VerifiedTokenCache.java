package io.relations.adapter.rest.auth;

import io.relations.domain.model.UserId;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Checks each distinct token once while it is valid: a client sends the same token with every
 * request, and its signature and claims cannot change, so the answer of the first check holds
 * until the token expires or the keys change. Checking was a sizeable share of the service's CPU
 * per follow (docs/BENCHMARKS.md, item 1).
 *
 * <p>Guarantees: only tokens that passed are kept, under the SHA-256 digest of their text (the
 * checker accepts one spelling per token, see {@link CanonicalToken}), so a token altered by one
 * character is another key and is checked in full; an entry is used only while the token is valid
 * and while the key set is the one it was checked with, else the token is checked again (and
 * refused with the checker's own reason); {@link #forgetUser} drops a user's entries at once. The
 * most recently used tokens are kept, at most {@code capacity} and at most {@code maxBytes} by the
 * estimate {@link #ENTRY_BYTES} (an LRU set); forgetting one costs one more check.
 */
public final class VerifiedTokenCache implements Authenticator {

    public static final int DEFAULT_CAPACITY = 10_000;
    /** 10,000 entries by {@link #ENTRY_BYTES}, rounded up: the entry bound is the one reached first by default. */
    public static final long DEFAULT_MAX_BYTES = 4L * 1024 * 1024;
    /**
     * An upper estimate of one entry on a 64-bit JVM with compressed references, counted field by
     * field: the digest (48 bytes), the map's linked node (40) and its share of the table (16), the
     * verified token (32) with its instant (24), caller (24), user id (16) and UUID (32): 232,
     * rounded up. It holds for every entry, as nothing in it grows with the token's text.
     */
    public static final int ENTRY_BYTES = 256;

    private final Function<String, VerifiedToken> checker;
    private final LongSupplier keySetVersion;
    private final Clock clock;
    private final RecentlyUsed<TokenDigest, VerifiedToken> recent;
    private final int capacity;

    /** For keys that never change: at most {@code capacity} tokens and {@link #DEFAULT_MAX_BYTES}. */
    public VerifiedTokenCache(Function<String, VerifiedToken> checker, Clock clock, int capacity) {
        this(checker, () -> JwtAuthenticator.FIXED_KEYS, clock, capacity, DEFAULT_MAX_BYTES);
    }

    /**
     * @param checker verifies a token in full, throwing {@link InvalidTokenException} when it is not acceptable
     * @param keySetVersion the version of the keys now, as {@link JwtAuthenticator#keySetVersion()} tells it
     */
    public VerifiedTokenCache(Function<String, VerifiedToken> checker, LongSupplier keySetVersion, Clock clock, int capacity, long maxBytes) {
        this.checker = Objects.requireNonNull(checker, "checker");
        this.keySetVersion = Objects.requireNonNull(keySetVersion, "keySetVersion");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (capacity < 1 || maxBytes < ENTRY_BYTES) {
            throw new IllegalArgumentException("the cache needs room for at least one token");
        }
        this.capacity = (int) Math.min(capacity, maxBytes / ENTRY_BYTES);
        this.recent = new RecentlyUsed<>(this.capacity);
    }

    /** The number of tokens it keeps at most, by entries and by bytes. */
    public int capacity() {
        return capacity;
    }

    @Override
    public Caller authenticate(String bearerToken) {
        TokenDigest digest = TokenDigest.of(bearerToken);
        VerifiedToken known = recent.get(digest);
        if (known != null && known.isValidAt(clock.instant()) && known.keySetVersion() == keySetVersion.getAsLong()) {
            return known.caller();
        }
        if (known != null) {
            recent.remove(digest);
        }
        VerifiedToken verified = checker.apply(bearerToken);
        recent.put(digest, verified);
        return verified.caller();
    }

    /** Drops every token of {@code user}: their next request is checked in full. */
    public void forgetUser(UserId user) {
        Objects.requireNonNull(user, "user");
        recent.removeValues(verified -> verified.caller().user().equals(user));
    }

    /** How many tokens it keeps now, at most {@link #capacity()}. */
    public int size() {
        return recent.size();
    }
}
