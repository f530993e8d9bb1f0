package io.relations.adapter.rest.http;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The request methods as a closed set. A client may send any token as its method; a metric tag or
 * a log field carries one of the {@link #KNOWN} methods or {@link #OTHER}, never the text sent, so
 * that no client can add a series or a value. And a method is only taken at all when it is a token
 * (RFC 9110 §5.6.2) of at most {@link #MAX_LENGTH} characters.
 */
public final class HttpMethods {

    /** The longest method in IANA's registry, {@code UPDATEREDIRECTREF}, has 17 characters. */
    public static final int MAX_LENGTH = 20;
    /** The tag of every method outside {@link #KNOWN}. */
    public static final String OTHER = "OTHER";
    /** RFC 9110's methods, PATCH (RFC 5789) and QUERY; case-sensitive, as methods are. */
    public static final Set<String> KNOWN = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "QUERY");
    /** Lets a header choose the method Javalin routes by; the service refuses it (DESIGN §7). */
    public static final String OVERRIDE_HEADER = "X-HTTP-Method-Override";

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1," + MAX_LENGTH + "}");

    private HttpMethods() {
    }

    /** The method as a tag or log field: itself when known, else {@link #OTHER}. */
    public static String tagOf(String method) {
        return method != null && KNOWN.contains(method) ? method : OTHER;
    }

    /** A token of 1 to {@link #MAX_LENGTH} characters. */
    public static boolean isAcceptable(String method) {
        return method != null && method.length() <= MAX_LENGTH && TOKEN.matcher(method).matches();
    }
}
