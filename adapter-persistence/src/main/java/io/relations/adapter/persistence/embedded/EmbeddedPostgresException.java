package io.relations.adapter.persistence.embedded;

/** The embedded PostgreSQL could not be started or stopped; the message says what to do about it. */
public final class EmbeddedPostgresException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EmbeddedPostgresException(String message) {
        super(message);
    }

    public EmbeddedPostgresException(String message, Throwable cause) {
        super(message, cause);
    }
}
