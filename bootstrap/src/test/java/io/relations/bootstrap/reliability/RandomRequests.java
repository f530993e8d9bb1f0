package io.relations.bootstrap.reliability;

import static io.relations.bootstrap.reliability.RandomPicks.pick;
import static io.relations.bootstrap.reliability.RandomPicks.text;

import io.relations.adapter.rest.http.HttpMethods;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Seeded requests whose every part a client chooses freely: random methods (known, invented,
 * over-long, not tokens), random paths (route templates with random ids and escapes, and paths
 * of no route), random query parameter names and values, random header names and values, with a
 * valid token, a spoiled one or none. They are the inputs that could add a metric series or a
 * cache entry per request if any of them reached a tag or a key. The same seed makes the same requests.
 */
final class RandomRequests {

    /** The service's routes as Javalin names them, which is what the {@code uri} tag may carry. */
    static final List<String> ROUTES = List.of(
            "/api/v1/me/following/{userId}", "/api/v1/me/followers/{userId}", "/api/v1/me/connections/{userId}",
            "/api/v1/me/connection-requests/{userId}/accept", "/api/v1/me/connection-requests/{userId}/reject",
            "/api/v1/me/connection-requests", "/api/v1/me/blocks/{userId}", "/api/v1/me/blocks", "/api/v1/me/relationships",
            "/api/v1/me/history", "/api/v1/users/{userId}/followers", "/api/v1/users/{userId}/following",
            "/api/v1/users/{userId}/connections", "/api/v1/users/{userId}/stats", "/api/v1/admin/users/{userId}",
            "/api/v1/admin/settings/connections_enabled", "/api/v1/changes", "/api/v1/changes/stream", "/api/v1/admin/webhooks",
            "/api/v1/admin/webhooks/{id}", "/api/v1/admin/webhooks/{id}/pause", "/api/v1/admin/webhooks/{id}/activate",
            "/api/v1/admin/webhooks/{id}/rotate-secret", "/api/v1/admin/webhooks/{id}/replay", "/api/v1/admin/webhooks/{id}/attempts",
            "/health/live", "/health/ready", "/metrics", "/openapi.json", "/docs");

    private static final String TOKEN_CHARS = "!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String PATH_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@";
    private static final String VALUE_CHARS = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";
    /** Sorted: a set's order changes from one JVM to the next, and a seed must replay. */
    private static final List<String> KNOWN_METHODS = HttpMethods.KNOWN.stream().sorted().toList();

    private final List<String> validTokens;

    /** @param validTokens the tokens a request may carry as they are; the only ones the service can accept */
    RandomRequests(List<String> validTokens) {
        this.validTokens = List.copyOf(validTokens);
    }

    HostileRequest next(Random random) {
        HostileRequest request = new HostileRequest(method(random), path(random));
        // a third of them with a query: on a route it is refused (a parameter it does not take) before most else
        for (int i = random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 0; i > 0; i--) {
            request.query.add(queryText(random, 1 + random.nextInt(12)) + "=" + queryText(random, random.nextInt(20)));
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            request.headers.add(header(random));
        }
        String token = token(random);
        if (token != null) {
            request.headers.add("Authorization: Bearer " + token);
        }
        return request;
    }

    private static String method(Random random) {
        int choice = random.nextInt(20);
        if (choice < 10) {
            return pick(random, KNOWN_METHODS);
        }
        if (choice < 12) {
            return pick(random, KNOWN_METHODS).toLowerCase(Locale.ROOT);
        }
        if (choice < 17) {
            return text(random, TOKEN_CHARS, 1 + random.nextInt(HttpMethods.MAX_LENGTH));
        }
        if (choice < 19) {
            return text(random, TOKEN_CHARS, HttpMethods.MAX_LENGTH + 1 + random.nextInt(4_000));
        }
        // not a token: a separator or a byte outside ASCII inside
        String token = text(random, TOKEN_CHARS, 1 + random.nextInt(8));
        return token + pick(random, List.of("(", ")", "\"", "@", "[", "{", "\u00e9", "\u00ff", "/")) + token;
    }

    private static String path(Random random) {
        if (random.nextInt(5) < 3) {
            String id = random.nextBoolean() ? UUID.randomUUID().toString() : segment(random);
            return pick(random, ROUTES).replace("{userId}", id).replace("{id}", id) + (random.nextInt(10) == 0 ? "/" + segment(random) : "");
        }
        StringBuilder path = new StringBuilder();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            path.append('/').append(segment(random));
        }
        return path.toString();
    }

    /** Characters a path may hold as they are and percent-escapes; now and then a broken escape. */
    private static String segment(Random random) {
        StringBuilder segment = new StringBuilder();
        for (int i = 1 + random.nextInt(40); i > 0; i--) {
            int choice = random.nextInt(100);
            if (choice < 85) {
                segment.append(PATH_CHARS.charAt(random.nextInt(PATH_CHARS.length())));
            } else if (choice < 99) {
                segment.append(escape(random));
            } else {
                segment.append(pick(random, List.of("%", "%G", "%u00", "%%")));
            }
        }
        return segment.toString();
    }

    /**
     * Mostly the escape of a printable character or of a letter beyond ASCII in UTF-8, which the
     * server decodes; one in ten a byte of any value, which it may refuse (not UTF-8, a control, '/').
     */
    private static String escape(Random random) {
        int choice = random.nextInt(10);
        String text;
        if (choice < 7) {
            text = String.valueOf((char) (0x21 + random.nextInt(0x5e)));
        } else if (choice < 9) {
            text = new String(Character.toChars(random.nextBoolean() ? 0xa1 + random.nextInt(0x700) : 0x4e00 + random.nextInt(0x5000)));
        } else {
            return String.format(Locale.ROOT, "%%%02X", random.nextInt(256));
        }
        StringBuilder escaped = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            escaped.append(String.format(Locale.ROOT, "%%%02X", b & 0xff));
        }
        return escaped.toString();
    }

    private static String queryText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (random.nextInt(5) == 0) {
                text.append(escape(random));
            } else {
                text.append(PATH_CHARS.charAt(random.nextInt(PATH_CHARS.length())));
            }
        }
        return text.toString();
    }

    private static String header(Random random) {
        String value = text(random, VALUE_CHARS, random.nextInt(60)).strip();
        return switch (random.nextInt(10)) {
            case 0 -> "X-Request-Id: " + value;
            case 1 -> HttpMethods.OVERRIDE_HEADER + ": " + pick(random, List.of(pick(random, KNOWN_METHODS), value));
            case 2 -> "Content-Type: " + value;
            default -> "X-" + text(random, TOKEN_CHARS, 1 + random.nextInt(30)) + ": " + value;
        };
    }

    /** A valid token two times in five; else none, one spoilt by a character, or made-up text. */
    private String token(Random random) {
        int choice = random.nextInt(5);
        if (choice < 2) {
            return pick(random, validTokens);
        }
        if (choice == 2) {
            return null;
        }
        if (choice == 3) {
            char[] spoilt = pick(random, validTokens).toCharArray();
            int at = random.nextInt(spoilt.length);
            spoilt[at] = spoilt[at] == 'A' ? 'B' : 'A';
            return new String(spoilt);
        }
        return text(random, TOKEN_CHARS, 1 + random.nextInt(300));
    }


}
