package io.relations.embedded.postgres;

/** The embedded PostgreSQL could not be started or stopped; the message says what to do about it. */
public final class EmbeddedPostgresException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception without a cause.
     *
     * @param message what went wrong and what to do about it
     */
    public EmbeddedPostgresException(String message) {
        super(message);
    }

    /**
     * An exception with its cause.
     *
     * @param message what went wrong and what to do about it
     * @param cause   the failure underneath
     */
    public EmbeddedPostgresException(String message, Throwable cause) {
        super(message, cause);
    }
}
