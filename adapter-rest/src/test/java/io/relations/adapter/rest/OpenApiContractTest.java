package io.relations.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.relations.adapter.rest.problem.ProblemType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The document and the router describe the same API, both ways. (That real answers match the
 * document is checked on every request of the route tests, by {@link TestApi}.)
 */
class OpenApiContractTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private final JsonNode document = DocsHandlers.openApiTree();

    @Test
    void every_route_of_the_router_is_documented_and_every_documented_route_exists() {
        assertThat(documentedRoutes()).isEqualTo(routerRoutes());
    }

    @Test
    void every_problem_type_is_listed_in_the_document() {
        Set<String> listed = new HashSet<>();
        document.at("/components/schemas/Problem/properties/type/enum").forEach(type -> listed.add(type.asText()));

        assertThat(listed).isEqualTo(Arrays.stream(ProblemType.values()).map(type -> type.uri().toString()).collect(Collectors.toSet()));
    }

    @Test
    void every_operation_documents_the_problems_any_route_can_answer() {
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (METHODS.contains(operation.getKey()) && path.getKey().startsWith("/api/")) {
                assertThat(operation.getValue().path("responses").has("400")).as(operation.getKey() + " " + path.getKey()).isTrue();
                assertThat(operation.getValue().path("responses").has("401")).as(operation.getKey() + " " + path.getKey()).isTrue();
                // user_deleted: any authenticated route may find its caller deleted
                assertThat(operation.getValue().path("responses").has("403")).as(operation.getKey() + " " + path.getKey()).isTrue();
                assertThat(operation.getValue().path("responses").has("429")).as(operation.getKey() + " " + path.getKey()).isTrue();
                assertThat(operation.getValue().path("responses").has("503")).as(operation.getKey() + " " + path.getKey()).isTrue();
            }
        }));
    }

    private Set<String> documentedRoutes() {
        Set<String> routes = new TreeSet<>();
        document.path("paths").properties().forEach(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                routes.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return routes;
    }

    private static Set<String> routerRoutes() {
        Javalin app = new RestApi(new StubUseCases().ports(), token -> {
            throw new IllegalStateException("not called");
        }, Operations.defaults()).create();
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(handler -> handler.endpoint.method.isHttpMethod())
                .map(handler -> handler.endpoint.method.name() + " " + handler.endpoint.path)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
