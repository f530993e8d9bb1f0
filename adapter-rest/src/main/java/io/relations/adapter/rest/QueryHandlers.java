package io.relations.adapter.rest;

import static io.relations.adapter.rest.Exchange.caller;
import static io.relations.adapter.rest.Exchange.query;
import static io.relations.adapter.rest.Exchange.successOf;

import io.javalin.http.Context;
import io.relations.adapter.rest.http.CursorCodec;
import io.relations.adapter.rest.http.Params;
import io.relations.adapter.rest.http.Query;
import io.relations.adapter.rest.json.HistoryEntries;
import io.relations.adapter.rest.json.PageView;
import io.relations.adapter.rest.json.RelationshipsView;
import io.relations.adapter.rest.json.ViewMapper;
import io.relations.application.model.Page;
import io.relations.domain.decision.Reader;
import io.relations.domain.model.UserId;
import java.util.function.Function;

/**
 * The read routes: lists (cursor-paginated), counts, the batch relationship lookup, the history;
 * and the administrators' reads of any user's block list and history.
 */
final class QueryHandlers {

    private static final String[] PAGING = {"limit", "cursor"};

    private final UseCases useCases;
    private final ViewMapper views;

    QueryHandlers(UseCases useCases, ViewMapper views) {
        this.useCases = useCases;
        this.views = views;
    }

    void followers(Context ctx) {
        Query query = query(ctx, PAGING);
        var page = successOf(useCases.listFollowers().listFollowers(caller(ctx).user(), owner(ctx), Params.page(query)));
        ctx.json(pageView(page, views::toView));
    }

    void following(Context ctx) {
        Query query = query(ctx, PAGING);
        var page = successOf(useCases.listFollowing().listFollowing(caller(ctx).user(), owner(ctx), Params.page(query)));
        ctx.json(pageView(page, views::toView));
    }

    void connections(Context ctx) {
        Query query = query(ctx, PAGING);
        var page = successOf(useCases.listConnections().listConnections(caller(ctx).user(), owner(ctx), Params.page(query)));
        ctx.json(pageView(page, views::toView));
    }

    void stats(Context ctx) {
        query(ctx);
        UserId owner = owner(ctx);
        var stats = successOf(useCases.userStats().userStats(caller(ctx).user(), owner));
        ctx.json(views.toView(owner, stats));
    }

    void connectionRequests(Context ctx) {
        Query query = query(ctx, "direction", "limit", "cursor");
        var page = successOf(useCases.listConnectionRequests()
                .listConnectionRequests(caller(ctx).user(), Params.direction(query), Params.page(query)));
        ctx.json(pageView(page, views::toView));
    }

    void blocks(Context ctx) {
        Query query = query(ctx, PAGING);
        var page = successOf(useCases.listBlocks().listBlocks(caller(ctx).user(), Reader.OWNER, Params.page(query)));
        ctx.json(pageView(page, views::toView));
    }

    /** Any user's block list, on an admin route (the admin scope is checked before). */
    void blocksOfUser(Context ctx) {
        Query query = query(ctx, PAGING);
        var page = successOf(useCases.listBlocks().listBlocks(owner(ctx), Reader.ADMINISTRATOR, Params.page(query)));
        ctx.json(pageView(page, views::toView));
    }

    void relationships(Context ctx) {
        Query query = query(ctx, "ids");
        var relationships = successOf(useCases.lookUpRelationships().lookUpRelationships(caller(ctx).user(), Params.ids(query)));
        ctx.json(new RelationshipsView(relationships.stream().map(views::toView).toList()));
    }

    void history(Context ctx) {
        Query query = query(ctx, "kind", "limit", "cursor");
        var page = successOf(useCases.history().history(caller(ctx).user(), Reader.OWNER, Params.kind(query), Params.page(query)));
        ctx.json(pageView(page, HistoryEntries::toView));
    }

    /** Any user's history, every row, on an admin route (the admin scope is checked before). */
    void historyOfUser(Context ctx) {
        Query query = query(ctx, "kind", "limit", "cursor");
        var page = successOf(useCases.history().history(owner(ctx), Reader.ADMINISTRATOR, Params.kind(query), Params.page(query)));
        ctx.json(pageView(page, HistoryEntries::toView));
    }

    private static UserId owner(Context ctx) {
        return Params.userId(ctx.pathParam(Exchange.TARGET), "user id");
    }

    private static <T, V> PageView<V> pageView(Page<T> page, Function<T, V> view) {
        return new PageView<>(page.items().stream().map(view).toList(), page.next().map(CursorCodec::encode).orElse(null));
    }
}
