package io.relations.bootstrap.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The routes of the OpenAPI document ("GET /api/v1/users/{userId}/followers") and which of them
 * answered with success (2xx) to some request: a route no test reached successfully shows here.
 */
public final class RouteCoverage {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private final Map<String, Pattern> routes;
    private final Set<String> succeeded = ConcurrentHashMap.newKeySet();

    private RouteCoverage(Map<String, Pattern> routes) {
        this.routes = routes;
    }

    /** The routes of {@code openApi}, each with a pattern that matches the paths it serves. */
    static RouteCoverage of(JsonNode openApi) {
        Map<String, Pattern> routes = new TreeMap<>();
        openApi.path("paths").properties().forEach(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                routes.put(method.toUpperCase(Locale.ROOT) + " " + path.getKey(), pathPattern(path.getKey()));
            }
        }));
        return new RouteCoverage(routes);
    }

    void record(String method, String path, int status) {
        if (status >= 200 && status < 300) {
            route(method, path).ifPresent(succeeded::add);
        }
    }

    public Set<String> documentedRoutes() {
        return new TreeSet<>(routes.keySet());
    }

    public Set<String> routesWithoutSuccess() {
        Set<String> missing = documentedRoutes();
        missing.removeAll(succeeded);
        return missing;
    }

    private Optional<String> route(String method, String path) {
        String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return routes.entrySet().stream()
                .filter(route -> route.getKey().startsWith(method + " ") && route.getValue().matcher(pathOnly).matches())
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** "/api/v1/users/{userId}/stats" matches "/api/v1/users/<anything but a slash>/stats". */
    private static Pattern pathPattern(String template) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("\\{[^}]+}", -1)) {
            regex.append(regex.isEmpty() ? "" : "[^/]+").append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
