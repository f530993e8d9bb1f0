package io.relations.application.port.in;

import io.relations.application.change.ChangePosition;
import io.relations.application.model.Outcome;
import io.relations.application.webhook.WebhookSubscription;
import java.util.UUID;

/**
 * Moves a webhook subscription back (or forward) in the change log: it delivers again from the
 * change after the position given.
 */
public interface ReplayWebhookUseCase {

    /**
     * Sets the subscription's position; waits for a round under way on it to end.
     *
     * @param id    its id
     * @param after the position after which it delivers; {@link ChangePosition#START} for the whole log
     * @return the subscription; denied {@code SUBSCRIPTION_NOT_FOUND} when none has that id, and
     *         {@code POSITION_EXPIRED} when retention already removed changes after {@code after}
     */
    Outcome<WebhookSubscription> replayWebhook(UUID id, ChangePosition after);
}
