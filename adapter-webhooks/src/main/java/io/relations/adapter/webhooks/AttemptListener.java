package io.relations.adapter.webhooks;

import io.relations.application.webhook.DeliveryResult.Outcome;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.client.Result;

/**
 * Follows one request to its end. The answer is the status: it is known with the response's headers,
 * and the attempt ends there. The body is only read, up to a cap, so that the connection can carry
 * the next attempt; past the cap the response is aborted, which closes the connection.
 */
final class AttemptListener implements Response.Listener {

    /** How the attempt ended: the outcome, and the status when the endpoint answered. */
    record Ending(Outcome outcome, int status) {}

    private final CompletableFuture<Ending> ending = new CompletableFuture<>();
    private final long maxBodyBytes;
    private long bodyBytes;

    AttemptListener(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    /** {@return the attempt's end, completed once} */
    CompletableFuture<Ending> ending() {
        return ending;
    }

    @Override
    public void onHeaders(Response response) {
        answered(response.getStatus());
    }

    @Override
    public void onContent(Response response, ByteBuffer content) {
        bodyBytes += content.remaining();
        content.position(content.limit());
        if (bodyBytes > maxBodyBytes) {
            response.abort(new BodyCapReached());
        }
    }

    @Override
    public void onComplete(Result result) {
        if (result.isSucceeded()) {
            answered(result.getResponse().getStatus());
        } else {
            // After the headers this changes nothing: the ending is already complete.
            ending.complete(new Ending(outcomeOf(result.getFailure()), 0));
        }
    }

    private void answered(int status) {
        if (status >= 200) {
            // An interim 1xx answer is not the answer.
            ending.complete(new Ending(status < 300 ? Outcome.ACKNOWLEDGED : Outcome.REJECTED, status));
        }
    }

    /** A refusal of the address wins over what it caused; a timeout is one anywhere in the chain. */
    static Outcome outcomeOf(Throwable failure) {
        boolean timedOut = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AddressRefusedException) {
                return Outcome.ADDRESS_REFUSED;
            }
            timedOut |= cause instanceof TimeoutException || cause instanceof SocketTimeoutException;
        }
        return timedOut ? Outcome.TIMED_OUT : Outcome.UNREACHABLE;
    }

    /** Why a response whose body grew past the cap was aborted; its status was already taken. */
    private static final class BodyCapReached extends Exception {
        private static final long serialVersionUID = 1L;

        BodyCapReached() {
            super("the response body is longer than the sender reads", null, false, false);
        }
    }
}
