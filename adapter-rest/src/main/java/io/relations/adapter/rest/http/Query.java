package io.relations.adapter.rest.http;

import io.relations.adapter.rest.problem.ProblemException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters of one request, checked against what its route takes: an unknown or
 * repeated parameter is refused rather than ignored, so that a typo ({@code ?limt=5}) is told, not
 * silently answered with the defaults.
 */
public final class Query {

    private final Map<String, List<String>> params;

    private Query(Map<String, List<String>> params) {
        this.params = params;
    }

    /** Reads a raw query string ({@code a=1&b=2}, or null for none); a malformed escape is an invalid_request. */
    public static Query parse(String rawQuery, String... allowed) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&", -1)) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                params.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            }
        }
        return of(params, allowed);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw ProblemException.invalidRequest("The query string is not well-formed.");
        }
    }

    static Query of(Map<String, List<String>> params, String... allowed) {
        TreeSet<String> unknown = new TreeSet<>(params.keySet());
        unknown.removeAll(Set.of(allowed));
        if (!unknown.isEmpty()) {
            throw ProblemException.invalidRequest("Unknown query parameter: " + Texts.quoted(unknown.first())
                    + (allowed.length == 0 ? "; this route takes none." : "; this route takes " + String.join(", ", allowed) + "."));
        }
        params.forEach((name, values) -> {
            if (values.size() > 1) {
                throw ProblemException.invalidRequest("The query parameter " + name + " is given more than once.");
            }
        });
        return new Query(params);
    }

    public Optional<String> get(String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public String required(String name) {
        return get(name).orElseThrow(() -> ProblemException.invalidRequest("The query parameter " + name + " is required."));
    }
}
