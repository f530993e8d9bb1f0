package io.relations.application.port.out;

/**
 * A {@link ChangePublisher} could not have every change of a batch accepted by its destination.
 * Nothing of the batch counts as delivered; the relay sends it again later, so a destination may
 * see a change more than once (consumers drop repeats by the change's id).
 */
public class PublishFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * The failure.
     *
     * @param message what failed, without any change's data
     * @param cause   the destination's error
     */
    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
