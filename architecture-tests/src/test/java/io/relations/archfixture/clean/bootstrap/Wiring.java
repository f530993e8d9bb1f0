package io.relations.archfixture.clean.bootstrap;

import io.javalin.http.Handler;
import io.relations.archfixture.clean.adapter.persistence.JdbcRelationshipStore;
import io.relations.archfixture.clean.adapter.rest.FollowHandler;
import io.relations.archfixture.clean.application.service.FollowService;
import java.time.Instant;

public final class Wiring {

    private Wiring() {}

    public static Handler followHandler(String jdbcUrl) {
        return new FollowHandler(new FollowService(JdbcRelationshipStore.connect(jdbcUrl), Instant::now));
    }
}
