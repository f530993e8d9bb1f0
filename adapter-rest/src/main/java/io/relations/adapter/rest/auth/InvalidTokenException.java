package io.relations.adapter.rest.auth;

/**
 * A token was refused. The message says why, for the log, in fixed words that never quote the
 * token; the client only learns that the token is not acceptable, so a forger learns nothing
 * about which check failed.
 */
public final class InvalidTokenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidTokenException(String reason) {
        super(reason);
    }

    public InvalidTokenException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
