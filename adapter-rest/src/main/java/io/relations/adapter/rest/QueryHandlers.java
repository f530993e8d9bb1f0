package io.relations.adapter.rest;

import static io.relations.adapter.rest.Exchange.caller;
import static io.relations.adapter.rest.Exchange.query;
import static io.relations.adapter.rest.Exchange.successOf;

import io.javalin.http.Context;
import io.relations.adapter.rest.http.CursorCodec;
import io.relations.adapter.rest.http.CursorScope;
import io.relations.adapter.rest.http.Params;
import io.relations.adapter.rest.http.Query;
import io.relations.adapter.rest.json.HistoryEntries;
import io.relations.adapter.rest.json.PageView;
import io.relations.adapter.rest.json.RelationshipsView;
import io.relations.adapter.rest.json.ViewMapper;
import io.relations.application.model.Page;
import io.relations.application.model.PageRequest;
import io.relations.application.model.RequestDirection;
import io.relations.domain.event.HistoryKind;
import io.relations.domain.decision.Reader;
import io.relations.domain.model.UserId;
import java.util.Locale;
import java.util.function.Function;

/**
 * The read routes: lists (cursor-paginated), counts, the batch relationship lookup, the history;
 * and the administrators' reads of any user's block list and history. Each list's cursors are
 * signed for its {@link CursorScope}, so one list's cursor is refused by any other.
 */
final class QueryHandlers {

    private static final String[] PAGING = {"limit", "cursor"};

    private final QueryPorts ports;
    private final ViewMapper views;
    private final CursorCodec cursors;

    QueryHandlers(QueryPorts ports, ViewMapper views, CursorCodec cursors) {
        this.ports = ports;
        this.views = views;
        this.cursors = cursors;
    }

    void followers(Context ctx) {
        Query query = query(ctx, PAGING);
        CursorScope scope = new CursorScope("followers", caller(ctx).user(), owner(ctx));
        var page = successOf(ports.listFollowers().listFollowers(scope.viewer(), scope.owner(), page(query, scope)));
        ctx.json(pageView(page, scope, views::toView));
    }

    void following(Context ctx) {
        Query query = query(ctx, PAGING);
        CursorScope scope = new CursorScope("following", caller(ctx).user(), owner(ctx));
        var page = successOf(ports.listFollowing().listFollowing(scope.viewer(), scope.owner(), page(query, scope)));
        ctx.json(pageView(page, scope, views::toView));
    }

    void connections(Context ctx) {
        Query query = query(ctx, PAGING);
        CursorScope scope = new CursorScope("connections", caller(ctx).user(), owner(ctx));
        var page = successOf(ports.listConnections().listConnections(scope.viewer(), scope.owner(), page(query, scope)));
        ctx.json(pageView(page, scope, views::toView));
    }

    void stats(Context ctx) {
        query(ctx);
        UserId owner = owner(ctx);
        var stats = successOf(ports.userStats().userStats(caller(ctx).user(), owner));
        ctx.json(views.toView(owner, stats));
    }

    void connectionRequests(Context ctx) {
        Query query = query(ctx, "direction", "limit", "cursor");
        RequestDirection direction = Params.direction(query);
        CursorScope scope = CursorScope.own("connection-requests/" + direction.name().toLowerCase(Locale.ROOT), caller(ctx).user());
        var page = successOf(ports.listConnectionRequests().listConnectionRequests(scope.viewer(), direction, page(query, scope)));
        ctx.json(pageView(page, scope, views::toView));
    }

    void blocks(Context ctx) {
        Query query = query(ctx, PAGING);
        CursorScope scope = CursorScope.own("blocks", caller(ctx).user());
        var page = successOf(ports.listBlocks().listBlocks(scope.viewer(), Reader.OWNER, page(query, scope)));
        ctx.json(pageView(page, scope, views::toView));
    }

    /** Any user's block list, on an admin route (the admin scope is checked before). */
    void blocksOfUser(Context ctx) {
        Query query = query(ctx, PAGING);
        CursorScope scope = new CursorScope("admin/blocks", caller(ctx).user(), owner(ctx));
        var page = successOf(ports.listBlocks().listBlocks(scope.owner(), Reader.ADMINISTRATOR, page(query, scope)));
        ctx.json(pageView(page, scope, views::toView));
    }

    void relationships(Context ctx) {
        Query query = query(ctx, "ids");
        var relationships = successOf(ports.lookUpRelationships().lookUpRelationships(caller(ctx).user(), Params.ids(query)));
        ctx.json(new RelationshipsView(relationships.stream().map(views::toView).toList()));
    }

    void history(Context ctx) {
        Query query = query(ctx, "kind", "limit", "cursor");
        HistoryKind kind = Params.kind(query);
        CursorScope scope = CursorScope.own("history/" + kind.name().toLowerCase(Locale.ROOT), caller(ctx).user());
        var page = successOf(ports.history().history(scope.viewer(), Reader.OWNER, kind, page(query, scope)));
        ctx.json(pageView(page, scope, HistoryEntries::toView));
    }

    /** Any user's history, every row, on an admin route (the admin scope is checked before). */
    void historyOfUser(Context ctx) {
        Query query = query(ctx, "kind", "limit", "cursor");
        HistoryKind kind = Params.kind(query);
        CursorScope scope = new CursorScope("admin/history/" + kind.name().toLowerCase(Locale.ROOT), caller(ctx).user(), owner(ctx));
        var page = successOf(ports.history().history(scope.owner(), Reader.ADMINISTRATOR, kind, page(query, scope)));
        ctx.json(pageView(page, scope, HistoryEntries::toView));
    }

    private static UserId owner(Context ctx) {
        return Params.userId(ctx.pathParam(Exchange.TARGET), "user id");
    }

    private PageRequest page(Query query, CursorScope scope) {
        return Params.page(query, cursors, scope);
    }

    private <T, V> PageView<V> pageView(Page<T> page, CursorScope scope, Function<T, V> view) {
        return new PageView<>(page.items().stream().map(view).toList(),
                page.next().map(next -> cursors.encode(scope, next)).orElse(null));
    }
}
