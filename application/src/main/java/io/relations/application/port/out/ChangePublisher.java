package io.relations.application.port.out;

import io.relations.application.change.LoggedChange;
import java.util.List;

/**
 * A destination of the change log that takes changes in batches, such as a Kafka topic: at least
 * once, and in log order for changes of one subject.
 */
public interface ChangePublisher {

    /**
     * Sends the changes and returns once the destination has durably accepted every one of them.
     *
     * @param changes the changes, in log order, as the destination's subscription may see them
     * @throws PublishFailedException if any was not accepted; the whole batch is sent again later
     */
    void publish(List<LoggedChange> changes);
}
