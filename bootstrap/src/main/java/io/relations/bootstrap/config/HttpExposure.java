package io.relations.bootstrap.config;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses and checks the settings of what the HTTP edge exposes: the CORS origins, each exactly as
 * a browser sends it in {@code Origin} (so that an exact comparison is the right one), and the
 * metrics token, long enough that guessing it is hopeless.
 */
final class HttpExposure {

    static final int MAX_CORS_ORIGINS = 100;
    static final int MIN_METRICS_TOKEN_LENGTH = 32;
    /** What a browser sends: a lower-case scheme and host (a name, IPv4 or bracketed IPv6), an optional port, nothing after. */
    private static final Pattern ORIGIN = Pattern.compile("https?://([a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*|\\[[0-9a-f:.]+\\])(:[0-9]{1,5})?");
    /** Visible ASCII: it travels in a header as it is. */
    private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7e]+");

    private HttpExposure() {
    }

    /** Comma-separated origins; the empty text means none (CORS off). */
    static Set<String> corsOrigins(String text) {
        Set<String> origins = new LinkedHashSet<>();
        if (text.isBlank()) {
            return origins;
        }
        for (String part : text.split(",", -1)) {
            String origin = part.strip();
            if (!ORIGIN.matcher(origin).matches() || port(origin) > 65_535) {
                throw Environment.invalid("RELATIONS_CORS_ORIGINS", origin,
                        "comma-separated origins as a browser sends them, scheme://host[:port] in lower case,"
                                + " such as https://app.example.com (no path, no trailing slash, no wildcard)");
            }
            origins.add(origin);
        }
        if (origins.size() > MAX_CORS_ORIGINS) {
            throw new ConfigurationException("RELATIONS_CORS_ORIGINS lists " + origins.size() + " origins; at most " + MAX_CORS_ORIGINS);
        }
        return origins;
    }

    /** The empty text means none ({@code /metrics} open). */
    static String metricsToken(String token) {
        if (token.isEmpty()) {
            return token;
        }
        if (token.length() < MIN_METRICS_TOKEN_LENGTH || !TOKEN.matcher(token).matches()) {
            // The value is a secret: the message does not repeat it.
            throw new ConfigurationException("RELATIONS_METRICS_TOKEN is invalid: expected at least " + MIN_METRICS_TOKEN_LENGTH
                    + " visible ASCII characters without spaces (a random one, such as `openssl rand -hex 32`)");
        }
        return token;
    }

    private static int port(String origin) {
        int colon = origin.lastIndexOf(':');
        boolean hasPort = colon > origin.indexOf("://") && !origin.endsWith("]");
        return hasPort ? Integer.parseInt(origin.substring(colon + 1)) : 0;
    }
}
