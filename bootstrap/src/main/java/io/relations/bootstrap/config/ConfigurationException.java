package io.relations.bootstrap.config;

/** A missing or invalid setting; the message names the environment variable and what it accepts. */
public final class ConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }
}
