package io.relations.adapter.rest;

import io.javalin.config.RoutesConfig;
import java.util.Optional;

/**
 * Every filter and route of the API, one line each, in the order they run: the filters every
 * request passes, then the route groups of DESIGN §4. Each group's handlers hold only that
 * group's ports; the OpenAPI document lists the same routes (OpenApiContractTest).
 */
record RouteTable(
        HttpMetrics metrics,
        AccessLog accessLog,
        Filters filters,
        Cors cors,
        CommandHandlers commands,
        QueryHandlers queries,
        AdminHandlers admin,
        ChangeHandlers changes,
        Optional<WebhookHandlers> webhooks,
        OpsHandlers ops,
        DocsHandlers docs) {

    void addTo(RoutesConfig routes) {
        // Timed first, so that the requests the next filters refuse are timed too.
        routes.before(metrics::start);
        routes.before(filters::assignRequestId);
        routes.before(SecurityHeaders::everyAnswer);
        routes.before("/api/v1/*", SecurityHeaders::noStore);
        routes.before("/metrics", SecurityHeaders::noStore);
        routes.before(filters::throttleAddress);
        routes.before(filters::rejectUnusableMethod);
        routes.before(filters::rejectMalformedEscapes);
        routes.before(cors::admit);
        routes.beforeMatched("/api/v1/*", filters::authenticate);
        routes.beforeMatched("/api/v1/admin/*", filters::requireAdmin);
        routes.after(metrics::record);
        routes.after(accessLog::record);

        routes.put("/api/v1/me/following/{userId}", commands::follow);
        routes.delete("/api/v1/me/following/{userId}", commands::unfollow);
        routes.delete("/api/v1/me/followers/{userId}", commands::removeFollower);
        routes.put("/api/v1/me/connections/{userId}", commands::requestConnection);
        routes.delete("/api/v1/me/connections/{userId}", commands::disconnect);
        routes.post("/api/v1/me/connection-requests/{userId}/accept", commands::acceptConnectionRequest);
        routes.post("/api/v1/me/connection-requests/{userId}/reject", commands::rejectConnectionRequest);
        routes.put("/api/v1/me/blocks/{userId}", commands::block);
        routes.delete("/api/v1/me/blocks/{userId}", commands::unblock);

        routes.get("/api/v1/users/{userId}/followers", queries::followers);
        routes.get("/api/v1/users/{userId}/following", queries::following);
        routes.get("/api/v1/users/{userId}/connections", queries::connections);
        routes.get("/api/v1/users/{userId}/stats", queries::stats);
        routes.get("/api/v1/me/connection-requests", queries::connectionRequests);
        routes.get("/api/v1/me/blocks", queries::blocks);
        routes.get("/api/v1/me/relationships", queries::relationships);
        routes.get("/api/v1/me/history", queries::history);

        routes.get("/api/v1/changes", changes::feed);
        routes.get("/api/v1/changes/stream", changes::stream);

        routes.put("/api/v1/admin/users/{userId}", admin::registerUser);
        routes.delete("/api/v1/admin/users/{userId}", admin::deleteUser);
        routes.get("/api/v1/admin/users/{userId}/blocks", queries::blocksOfUser);
        routes.get("/api/v1/admin/users/{userId}/history", queries::historyOfUser);
        routes.get("/api/v1/admin/settings/connections_enabled", admin::connectionsEnabled);
        routes.put("/api/v1/admin/settings/connections_enabled", admin::switchConnections);
        webhooks.ifPresent(hooks -> {
            routes.post("/api/v1/admin/webhooks", hooks::create);
            routes.get("/api/v1/admin/webhooks", hooks::list);
            routes.get("/api/v1/admin/webhooks/{id}", hooks::get);
            routes.patch("/api/v1/admin/webhooks/{id}", hooks::update);
            routes.delete("/api/v1/admin/webhooks/{id}", hooks::delete);
            routes.post("/api/v1/admin/webhooks/{id}/pause", hooks::pause);
            routes.post("/api/v1/admin/webhooks/{id}/activate", hooks::activate);
            routes.post("/api/v1/admin/webhooks/{id}/rotate-secret", hooks::rotateSecret);
            routes.post("/api/v1/admin/webhooks/{id}/replay", hooks::replay);
            routes.get("/api/v1/admin/webhooks/{id}/attempts", hooks::attempts);
        });

        routes.get("/health/live", ops::live);
        routes.get("/health/ready", ops::ready);
        routes.get("/metrics", ops::metrics);
        routes.get("/openapi.json", docs::openApi);
        routes.get("/docs", docs::docs);
        routes.get(DocsHandlers.INITIALIZER_PATH, docs::initializer);
    }
}
