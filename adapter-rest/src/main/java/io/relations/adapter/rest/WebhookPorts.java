package io.relations.adapter.rest;

import io.relations.application.port.in.ActivateWebhookUseCase;
import io.relations.application.port.in.CreateWebhookUseCase;
import io.relations.application.port.in.DeleteWebhookUseCase;
import io.relations.application.port.in.GetWebhookUseCase;
import io.relations.application.port.in.ListDeliveryAttemptsUseCase;
import io.relations.application.port.in.ListWebhooksUseCase;
import io.relations.application.port.in.PauseWebhookUseCase;
import io.relations.application.port.in.ReplayWebhookUseCase;
import io.relations.application.port.in.RotateWebhookSecretUseCase;
import io.relations.application.port.in.UpdateWebhookUseCase;
import java.util.Objects;

/** The inbound ports of the administrators' webhook routes ({@code /api/v1/admin/webhooks}). */
public record WebhookPorts(CreateWebhookUseCase create, ListWebhooksUseCase list, GetWebhookUseCase get, UpdateWebhookUseCase update,
                           PauseWebhookUseCase pause, ActivateWebhookUseCase activate, RotateWebhookSecretUseCase rotateSecret,
                           ReplayWebhookUseCase replay, DeleteWebhookUseCase delete, ListDeliveryAttemptsUseCase attempts) {

    public WebhookPorts {
        Objects.requireNonNull(create, "create");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(get, "get");
        Objects.requireNonNull(update, "update");
        Objects.requireNonNull(pause, "pause");
        Objects.requireNonNull(activate, "activate");
        Objects.requireNonNull(rotateSecret, "rotateSecret");
        Objects.requireNonNull(replay, "replay");
        Objects.requireNonNull(delete, "delete");
        Objects.requireNonNull(attempts, "attempts");
    }

    /** The usual wiring: one service ({@code WebhookAdministrationService}) does all of it. */
    public static <A extends CreateWebhookUseCase & ListWebhooksUseCase & GetWebhookUseCase & UpdateWebhookUseCase & PauseWebhookUseCase
            & ActivateWebhookUseCase & RotateWebhookSecretUseCase & ReplayWebhookUseCase & DeleteWebhookUseCase
            & ListDeliveryAttemptsUseCase> WebhookPorts of(A webhooks) {
        return new WebhookPorts(webhooks, webhooks, webhooks, webhooks, webhooks, webhooks, webhooks, webhooks, webhooks, webhooks);
    }
}
