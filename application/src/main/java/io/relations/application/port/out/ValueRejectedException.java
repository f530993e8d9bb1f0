package io.relations.application.port.out;

/**
 * A port's store refused a value of the request as one it cannot take (a time beyond its range,
 * say): the request's fault, never the service's, so it is answered as an invalid request. The
 * message is the adapter's own words, never the store's text, which may quote the value; and
 * there is no stack trace, there is nothing to debug but the request.
 */
public final class ValueRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * A refusal without a cause or a stack trace.
     *
     * @param message the adapter's own words, quoting nothing of the request
     */
    public ValueRejectedException(String message) {
        super(message, null, false, false);
    }
}
