package io.relations.adapter.rest;

import static io.relations.adapter.rest.Exchange.caller;
import static io.relations.adapter.rest.Exchange.query;
import static io.relations.adapter.rest.Exchange.successOf;

import io.javalin.http.Context;
import io.relations.adapter.rest.http.CursorCodec;
import io.relations.adapter.rest.http.CursorScope;
import io.relations.adapter.rest.http.Params;
import io.relations.adapter.rest.json.DeliveryAttemptView;
import io.relations.adapter.rest.json.PageView;
import io.relations.adapter.rest.json.ReplayBody;
import io.relations.adapter.rest.json.SecretView;
import io.relations.adapter.rest.json.WebhookBody;
import io.relations.adapter.rest.json.WebhookView;
import io.relations.adapter.rest.problem.ProblemException;
import io.relations.adapter.rest.problem.ProblemType;
import io.relations.application.change.ChangePosition;
import io.relations.application.change.ChangeType;
import io.relations.application.change.PrivacyClass;
import io.relations.application.model.Page;
import io.relations.application.webhook.CreatedSubscription;
import io.relations.application.webhook.DeliveryAttempt;
import io.relations.application.webhook.SubscriptionSettings;
import io.relations.application.webhook.WebhookEndpoint;
import io.relations.application.webhook.WebhookSecret;
import io.relations.application.webhook.WebhookSubscription;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * {@code /admin/webhooks}: the administrators' webhook subscriptions. A subscription's URL is
 * checked for its form only (http or https, a host, no user information, at most 2,000
 * characters): whether its address may be reached is the sender's to check, on every attempt,
 * since a name resolves anew each time.
 */
final class WebhookHandlers {

    static final String ID = "id";
    private static final String[] PAGING = {"limit", "cursor"};

    private final WebhookPorts ports;
    private final JsonBodies bodies;
    private final CursorCodec cursors;

    WebhookHandlers(WebhookPorts ports, JsonBodies bodies, CursorCodec cursors) {
        this.ports = ports;
        this.bodies = bodies;
        this.cursors = cursors;
    }

    /** 201 with the subscription and its secret: the one answer that shows it. */
    void create(Context ctx) {
        query(ctx);
        WebhookBody body = bodies.required(ctx, WebhookBody.class);
        if (body.url() == null) {
            throw ProblemException.invalidRequest("The field \"url\" is required.");
        }
        SubscriptionSettings settings = new SubscriptionSettings(endpoint(body.url()),
                body.eventTypes() == null ? Set.of() : types(body.eventTypes()),
                body.privacyClasses() == null ? PrivacyClass.defaults() : classes(body.privacyClasses()));
        CreatedSubscription created = ports.create().createWebhook(settings);
        ctx.status(201).json(view(created.subscription(), created.secret().reveal()));
    }

    void list(Context ctx) {
        var query = query(ctx, PAGING);
        CursorScope scope = CursorScope.own("admin/webhooks", caller(ctx).user());
        Page<WebhookSubscription> page = ports.list().listWebhooks(Params.page(query, cursors, scope));
        ctx.json(pageView(page, scope, subscription -> view(subscription, null)));
    }

    void get(Context ctx) {
        UUID id = id(ctx);
        ctx.json(view(successOf(ports.get().getWebhook(id)), null));
    }

    /** Replaces the fields the body names and keeps the others. */
    void update(Context ctx) {
        UUID id = id(ctx);
        WebhookBody body = bodies.required(ctx, WebhookBody.class);
        WebhookSubscription current = successOf(ports.get().getWebhook(id));
        SubscriptionSettings settings = new SubscriptionSettings(
                body.url() == null ? current.endpoint() : endpoint(body.url()),
                body.eventTypes() == null ? current.eventTypes() : types(body.eventTypes()),
                body.privacyClasses() == null ? current.privacy() : classes(body.privacyClasses()));
        ctx.json(view(successOf(ports.update().updateWebhook(id, settings)), null));
    }

    /** 204, or not_found. */
    void delete(Context ctx) {
        UUID id = id(ctx);
        if (!ports.delete().deleteWebhook(id)) {
            throw notFound();
        }
        ctx.status(204);
    }

    void pause(Context ctx) {
        UUID id = id(ctx);
        ctx.json(view(successOf(ports.pause().pauseWebhook(id)), null));
    }

    void activate(Context ctx) {
        UUID id = id(ctx);
        ctx.json(view(successOf(ports.activate().activateWebhook(id)), null));
    }

    void rotateSecret(Context ctx) {
        UUID id = id(ctx);
        WebhookSecret secret = successOf(ports.rotateSecret().rotateWebhookSecret(id));
        ctx.json(new SecretView(id, secret.reveal()));
    }

    /** {@code {"after": "<position>"}}: the subscription delivers again from the change after it. */
    void replay(Context ctx) {
        UUID id = id(ctx);
        ReplayBody body = bodies.required(ctx, ReplayBody.class);
        if (body.after() == null) {
            throw ProblemException.invalidRequest("The field \"after\" is required: a change position of 32 hexadecimal digits.");
        }
        ChangePosition after;
        try {
            after = ChangePosition.parse(body.after());
        } catch (IllegalArgumentException notAPosition) {
            throw ProblemException.invalidRequest("The field \"after\" must be a change position of 32 lower-case hexadecimal digits.");
        }
        try {
            ctx.json(view(successOf(ports.replay().replayWebhook(id, after)), null));
        } catch (IllegalArgumentException beyondTheLog) {
            throw ProblemException.invalidRequest("The position lies beyond the change log's latest one.");
        }
    }

    void attempts(Context ctx) {
        var query = query(ctx, PAGING);
        UUID id = UUID.fromString(uuid(ctx));
        CursorScope scope = CursorScope.own("admin/webhooks/" + id + "/attempts", caller(ctx).user());
        Page<DeliveryAttempt> page = successOf(ports.attempts().listDeliveryAttempts(id, Params.page(query, cursors, scope)));
        ctx.json(pageView(page, scope, WebhookHandlers::view));
    }

    private <T, V> PageView<V> pageView(Page<T> page, CursorScope scope, Function<T, V> view) {
        return new PageView<>(page.items().stream().map(view).toList(),
                page.next().map(next -> cursors.encode(scope, next)).orElse(null));
    }

    /** The {@code {id}} of the path, on a route that takes no query parameter. */
    private static UUID id(Context ctx) {
        query(ctx);
        return UUID.fromString(uuid(ctx));
    }

    private static String uuid(Context ctx) {
        String text = ctx.pathParam(ID);
        if (!Params.isUuid(text)) {
            throw ProblemException.invalidRequest("The webhook id is not a UUID.");
        }
        return text;
    }

    static ProblemException notFound() {
        return new ProblemException(ProblemType.NOT_FOUND, "No webhook subscription has this id.");
    }

    private static WebhookEndpoint endpoint(String url) {
        try {
            return WebhookEndpoint.parse(url);
        } catch (IllegalArgumentException refused) {
            // The application's own words, which quote nothing of the URL.
            throw ProblemException.invalidRequest("The url is refused: " + refused.getMessage() + ".");
        }
    }

    private static Set<ChangeType> types(List<String> codes) {
        Set<ChangeType> types = EnumSet.noneOf(ChangeType.class);
        for (String code : codes) {
            boolean known = false;
            for (ChangeType type : ChangeType.values()) {
                if (type.code().equals(code)) {
                    types.add(type);
                    known = true;
                }
            }
            if (!known) {
                throw ProblemException.invalidRequest("An event type is not one of the change types (follow.created, block.created, …).");
            }
        }
        return types;
    }

    private static Set<PrivacyClass> classes(List<String> codes) {
        if (codes.isEmpty()) {
            throw ProblemException.invalidRequest("A subscription receives at least one privacy class.");
        }
        Set<PrivacyClass> classes = EnumSet.noneOf(PrivacyClass.class);
        for (String code : codes) {
            try {
                classes.add(PrivacyClass.fromCode(code));
            } catch (IllegalArgumentException unknown) {
                throw ProblemException.invalidRequest("A privacy class is public, parties or private.");
            }
        }
        return classes;
    }

    private static WebhookView view(WebhookSubscription subscription, String secret) {
        return new WebhookView(subscription.id(), subscription.endpoint().toString(),
                subscription.eventTypes().stream().map(ChangeType::code).distinct().toList(),
                subscription.privacy().stream().map(PrivacyClass::code).toList(),
                subscription.state().code(), subscription.state().pauseReason().orElse(null),
                subscription.retry().map(retry -> retry.failingSince()).orElse(null),
                subscription.retry().map(retry -> retry.failedAttempts()).orElse(null),
                subscription.retry().map(retry -> retry.nextAttemptAt()).orElse(null),
                subscription.createdAt(), subscription.updatedAt(), secret);
    }

    private static DeliveryAttemptView view(DeliveryAttempt attempt) {
        return new DeliveryAttemptView(attempt.id(), attempt.attemptedAt(), attempt.changeId(), attempt.position().toString(),
                attempt.outcome().name().toLowerCase(Locale.ROOT), attempt.status().orElse(null), attempt.took().toMillis(),
                attempt.nextAttemptAt().orElse(null));
    }
}
