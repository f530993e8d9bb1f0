package io.relations.adapter.rest.auth;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;

/**
 * Checks each distinct token once while it is valid: a client sends the same token with every
 * request, and its signature and claims cannot change, so the answer of the first check holds
 * until the token expires. Checking cost about a tenth of the service's CPU per follow
 * (docs/BENCHMARKS.md, item 1). Only tokens that passed are kept, under their exact text: a
 * token altered by one character is another key and is checked in full. An expired entry is
 * checked again (and refused, with the checker's own reason). The most recently used tokens are
 * kept, a bounded number (an LRU set); forgetting one costs one more check.
 */
public final class VerifiedTokenCache implements Authenticator {

    /** About half a kilobyte each (a token's text and its caller), so at most about 5 MB. */
    public static final int DEFAULT_CAPACITY = 10_000;

    private final Function<String, VerifiedToken> checker;
    private final Clock clock;
    private final RecentlyUsed<String, VerifiedToken> recent;

    /** @param checker verifies a token in full, throwing {@link InvalidTokenException} when it is not acceptable */
    public VerifiedTokenCache(Function<String, VerifiedToken> checker, Clock clock, int capacity) {
        this.checker = Objects.requireNonNull(checker, "checker");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.recent = new RecentlyUsed<>(capacity);
    }

    @Override
    public Caller authenticate(String bearerToken) {
        VerifiedToken known = recent.get(bearerToken);
        if (known != null && known.isValidAt(clock.instant())) {
            return known.caller();
        }
        if (known != null) {
            recent.remove(bearerToken);
        }
        VerifiedToken verified = checker.apply(bearerToken);
        recent.put(bearerToken, verified);
        return verified.caller();
    }

    /** How many tokens it remembers now, at most its capacity (a gauge of the service). */
    public int size() {
        return recent.size();
    }
}
