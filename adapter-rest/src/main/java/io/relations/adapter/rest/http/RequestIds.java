package io.relations.adapter.rest.http;

import java.util.UUID;
import java.util.regex.Pattern;

/** Every answer carries an {@code X-Request-Id}: the client's own when it is sane, else a fresh one. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    public static String accept(String fromClient) {
        return fromClient != null && SANE.matcher(fromClient).matches() ? fromClient : UUID.randomUUID().toString();
    }
}
