package io.relations.bootstrap;

/** The command line is not one this program understands; the message says what would be. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
