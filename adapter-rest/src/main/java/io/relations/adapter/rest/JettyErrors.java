package io.relations.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.relations.adapter.rest.http.RequestIds;
import io.relations.adapter.rest.problem.Problem;
import io.relations.adapter.rest.problem.ProblemType;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty answers itself, before Javalin sees the request (a malformed URI or header, for
 * instance): problem+json too, instead of Jetty's HTML page.
 */
final class JettyErrors extends ErrorHandler {

    private final ObjectMapper mapper;

    JettyErrors(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Jetty writes a body for GET, POST and HEAD only; a malformed PUT or DELETE deserves its problem too. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        String requestId = RequestIds.accept(request.getHeaders().get(RequestIds.HEADER));
        ProblemType type = typeOf(code);
        response.setStatus(type.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        response.getHeaders().put(RequestIds.HEADER, requestId);
        SecurityHeaders.applyTo(response.getHeaders()::put);
        response.getHeaders().put(SecurityHeaders.CACHE_CONTROL, SecurityHeaders.NO_STORE);
        // Jetty closes the connection after a request it could not take; saying so keeps a client
        // from sending its next request on a connection about to close.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(body(type, requestId)), callback);
    }

    /**
     * Jetty's statuses brought to the API's few: any other 4xx (a header too large, say) is an
     * invalid_request, and so is a 505: an HTTP version Jetty does not speak is the client's mistake.
     */
    private static ProblemType typeOf(int status) {
        if (status == 404) {
            return ProblemType.NOT_FOUND;
        }
        if (status == 503) {
            return ProblemType.UNAVAILABLE;
        }
        return status >= 500 && status != 505 ? ProblemType.INTERNAL : ProblemType.INVALID_REQUEST;
    }

    private byte[] body(ProblemType type, String requestId) {
        String detail = type.status() >= 500 ? "The request could not be served." : "The request is not well-formed HTTP.";
        try {
            return mapper.writeValueAsBytes(Problem.of(type, detail, requestId));
        } catch (JsonProcessingException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }
}
