package io.relations.adapter.rest.http;

import io.relations.adapter.rest.problem.ProblemException;
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

    public static Query of(Map<String, List<String>> params, String... allowed) {
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
